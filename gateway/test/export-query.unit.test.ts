import { buildSchema, parse, print, validate } from 'graphql';
import { csvCell, csvRow, cellText } from '../src/export-format';
import { ExportInputError, planExport } from '../src/export-query';

/** How an export reads the client's query: the list field, the columns, the documents it pages with. */
const schema = buildSchema(`
  type Query {
    things(filter: String, first: Int = 20, after: String): ThingConnection!
    thing(id: ID!): Thing
    counts: [Int!]!
  }
  type Mutation { touch: Int }
  type ThingConnection { edges: [ThingEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type ThingEdge { cursor: String! node: Thing! }
  type Thing { id: ID! name: String! owner: Owner tags: [String!]! parts: [Part!]! }
  type Owner { name: String phone: String }
  type Part { code: String! weight: Float }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
`);

const plan = (query: string, operationName?: string) => planExport(schema, query, operationName, 100);
const refusal = (query: string) => {
  try {
    plan(query);
  } catch (error) {
    if (error instanceof ExportInputError) return { message: error.message, ...error.extensions };
    throw error;
  }
  throw new Error('not refused');
};

describe('planExport', () => {
  it('takes the columns from edges { node } (aliases, nested objects, lists, fragments) and pages with first 100 and a cursor variable', () => {
    const p = plan(`query List($f: String, $n: Int) {
      list: things(filter: $f, first: $n) { rows: edges { n: node { id label: name owner { name } ...Extra } } }
    }
    fragment Extra on Thing { tags parts { code weight } id }`)!;
    expect(p).toMatchObject({ rootField: 'things', responseKey: 'list', edgesKey: 'rows', nodeKey: 'n', counted: true, operationName: 'List' });
    expect(p.columns).toEqual(['id', 'label', 'owner.name', 'tags', 'parts.code', 'parts.weight']);
    for (const document of [p.firstPage, p.nextPages]) expect(validate(schema, parse(document))).toEqual([]);
    expect(p.firstPage).toContain('query List($f: String, $pecgExportAfter: String)');
    expect(p.firstPage).toContain('things(filter: $f, first: 100, after: $pecgExportAfter)');
    expect(p.firstPage).toMatch(/pageInfo \{\s+hasNextPage\s+endCursor\s+\}\s+totalCount/);
    expect(p.nextPages).not.toContain('totalCount');
  });

  it('drops the variables only the replaced first/after used, keeps one still used elsewhere', () => {
    const dropped = plan('query ($n: Int) { things(first: $n) { edges { node { id } } } }')!;
    expect(print(parse(dropped.firstPage))).toContain('query ($pecgExportAfter: String)');
    const kept = plan('query ($c: String) { things(filter: $c, after: $c) { edges { node { id } } } }')!;
    expect(kept.firstPage).toContain('query ($c: String, $pecgExportAfter: String)');
    expect(validate(schema, parse(kept.firstPage))).toEqual([]);
  });

  it('leaves documents that do not parse or validate to the gateway (undefined)', () => {
    expect(plan('{ things { edges { node { nope } } }')).toBeUndefined();
    expect(plan('{ things { edges { node { nope } } } }')).toBeUndefined();
  });

  it('refuses what is not one query of one list, naming the field', () => {
    expect(refusal('{ thing(id: "1") { id name } }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'thing' });
    expect(refusal('{ counts }')).toMatchObject({ field: 'counts' });
    expect(refusal('{ things { totalCount } }')).toMatchObject({ field: 'things', message: expect.stringContaining('edges { node') });
    expect(refusal('{ things { edges { node { id } } } again: things { totalCount } }')).toMatchObject({ field: ['things', 'again'] });
    expect(refusal('mutation { touch }')).toMatchObject({ field: 'query', value: 'mutation' });
  });
});

describe('CSV cells', () => {
  it('quotes per RFC 4180, guards formulas, joins lists', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('万象')).toBe('万象');
    expect(cellText('=1+1')).toBe("'=1+1");
    expect(cellText(-3)).toBe('-3');
    expect(cellText(null)).toBe('');
    expect(csvRow({ tags: ['a', 'b'], parts: [{ code: 'x' }, { code: 'y,z' }], owner: null }, [['tags'], ['parts', 'code'], ['owner', 'name']])).toBe(
      'a; b,"x; y,z",\r\n',
    );
  });
});
