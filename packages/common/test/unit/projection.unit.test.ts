import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { projectionOf, type FieldNeeds, type Projection } from '../../src/projection';

/** Runs `query` against a small schema and returns the projections its `items` / `page` resolvers computed. */
async function projections(query: string, fields: FieldNeeds): Promise<Array<Projection | undefined>> {
  const schema = buildSchema(`
    type Item { id: ID! name: String label: String detail: String other: Int }
    type Edge { node: Item! cursor: String! }
    type Page { edges: [Edge!]! total: Int! }
    type Query { items: [Item!]! page: Page! }
  `);
  const seen: Array<Projection | undefined> = [];
  await execute({
    schema,
    document: parse(query),
    rootValue: {
      items: (_a: unknown, _c: unknown, info: GraphQLResolveInfo) => (seen.push(projectionOf(info, fields)), []),
      page: (_a: unknown, _c: unknown, info: GraphQLResolveInfo) => (seen.push(projectionOf(info, fields, ['edges', 'node'])), { edges: [], total: 0 }),
    },
  });
  return seen;
}

const ITEM: FieldNeeds = { resolvers: { id: () => '', label: () => '', detail: () => '' }, needs: { id: [], label: ['labelKey', 'kind'] } };

describe('projectionOf: the document fields a selection reads', () => {
  it('maps listed resolvers to their paths and default-resolved fields to themselves', async () => {
    expect(await projections('{ items { id name label __typename } }', ITEM)).toEqual([{ kind: 1, labelKey: 1, name: 1 }]);
    expect(await projections('{ items { id } }', ITEM)).toEqual([{ _id: 1 }]);
  });

  it('fetches whole documents when a selected field has a resolver it knows nothing about', async () => {
    expect(await projections('{ items { id detail } }', ITEM)).toEqual([undefined]);
  });

  it('follows fragments, inline fragments, aliases and a path below the field', async () => {
    expect(await projections('query { items { ...F ... on Item { other } x: name } } fragment F on Item { label }', ITEM)).toEqual([
      { kind: 1, labelKey: 1, name: 1, other: 1 },
    ]);
    expect(await projections('{ page { total edges { cursor node { name ... on Item { id } } } } }', ITEM)).toEqual([{ name: 1 }]);
    expect(await projections('{ page { total } }', ITEM)).toEqual([{ _id: 1 }]);
  });

  it('never asks for a path and a path inside it together', () => {
    const info = {
      fieldNodes: parse('{ items { a b } }').definitions.flatMap((d) => ('selectionSet' in d ? (d.selectionSet.selections as never[]) : [])),
      fragments: {},
    } as unknown as GraphQLResolveInfo;
    expect(projectionOf(info, { resolvers: {}, needs: { a: ['contact'], b: ['contact.name', 'x.y'] } })).toEqual({ contact: 1, 'x.y': 1 });
  });
});
