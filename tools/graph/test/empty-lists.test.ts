import { getNamedType, isInputObjectType, isListType, isNonNullType, isObjectType, type GraphQLField, type GraphQLInputObjectType } from 'graphql';
import { SUBGRAPH_NAMES } from '@pecg/registry';
import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { subgraphDefinition } from '../src/subgraphs';

/**
 * docs/CONVENTIONS.md: a list condition of a filter is "any of these", so an empty list matches nothing
 * — the same in every subgraph, on every list, aggregate and statistic that takes the filter (omit the
 * field or send null for no condition). Read from each subgraph's schema, so a new filter list is covered
 * without editing this file: every Query field with a `filter` argument whose answer counts what it
 * matched (`totalCount` of a connection, `totals { count }` of an aggregate, `total` of a statistic) is
 * asked once per list field of its filter with `[]`, as ADMIN on the demo data.
 */

interface Counted {
  field: string;
  filterType: GraphQLInputObjectType;
  /** The selection that counts what the field matched, and how to read it from the answer. */
  selection: string;
  count: (value: Record<string, any>) => number;
}

function countedFields(fields: Record<string, GraphQLField<unknown, unknown>>): Counted[] {
  const counted: Counted[] = [];
  for (const field of Object.values(fields)) {
    const filter = field.args.find((a) => a.name === 'filter');
    const filterType = filter && getNamedType(filter.type);
    if (!filterType || !isInputObjectType(filterType)) continue;
    if (field.args.some((a) => a.name !== 'filter' && isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const returned = getNamedType(field.type);
    if (!isObjectType(returned)) continue;
    const own = returned.getFields();
    if (own.totalCount) counted.push({ field: field.name, filterType, selection: 'totalCount', count: (v) => v.totalCount });
    else if (own.totals) counted.push({ field: field.name, filterType, selection: 'totals { count }', count: (v) => v.totals.count });
    else if (own.total) counted.push({ field: field.name, filterType, selection: 'total', count: (v) => v.total });
  }
  return counted;
}

describe.each(SUBGRAPH_NAMES.map((name) => [name]))('an empty filter list in %s matches nothing', (name) => {
  let sg: TestSubgraph<any>;
  beforeAll(async () => {
    sg = await startTestSubgraph(subgraphDefinition(name) as never, { seed: true });
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('on every list, aggregate and statistic, for every list field of its filter', async () => {
    const counted = countedFields(sg.schema.getQueryType()!.getFields());
    expect(counted.length).toBeGreaterThan(0);
    const answers: string[] = [];
    let nonEmpty = 0;
    for (const { field, filterType, selection, count } of counted) {
      const query = `query($filter: ${filterType.name}) { answer: ${field}(filter: $filter) { ${selection} } }`;
      const all = await sg.query(query, { filter: null });
      expect({ field, errors: all.errors }).toEqual({ field, errors: undefined });
      const everything = count(all.data!.answer);
      const lists = Object.values(filterType.getFields()).filter((f) => isListType(isNonNullType(f.type) ? f.type.ofType : f.type));
      for (const list of lists) {
        const response = await sg.query(query, { filter: { [list.name]: [] } });
        const matched = response.data?.answer ? count(response.data.answer) : undefined;
        if (everything > 0) nonEmpty += 1;
        // one line per (field, list) that is not "0 of the N there are"
        if (response.errors || matched !== 0)
          answers.push(`${field}(filter: { ${list.name}: [] }): ${matched} of ${everything}${response.errors ? ` ${JSON.stringify(response.errors)}` : ''}`);
      }
    }
    expect(answers).toEqual([]);
    // not vacuous: the demo data has records for most of these questions
    expect(nonEmpty).toBeGreaterThan(0);
  });
});
