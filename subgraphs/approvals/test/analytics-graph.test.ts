import { startTestGraph, type TestGraph } from '@pecg/graph-tools';
import type { TestCaller } from '@pecg/testing';

const dataOf = (response: { data?: Record<string, any> | null; errors?: unknown[] }): Record<string, any> => {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data as Record<string, any>;
};

/**
 * The analysts' aggregates through the gateway: an enterprise group joins the enterprise's name and
 * category from the enterprises subgraph, and an ENTERPRISE caller's figures through the whole graph
 * are its own enterprise's, equal to an analyst's with the enterprise in the filter.
 */
describe('approval aggregates through the whole graph', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ seed: ['enterprises', 'approvals'] });
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it('on-time rate and 容缺 by enterprise, with the enterprise’s name and category joined through federation', async () => {
    const { applicationAggregate: agg, applications } = dataOf(
      await graph.query(
        `{ applicationAggregate(groupBy: [ENTERPRISE], filter: { procedureKinds: [PERMIT] }) {
             groups { keys { dimension value } enterprise { id name category categoryLabel } count onTimeRate acceptedWithDeficiencyCount }
             totals { count acceptedWithDeficiencyCount } }
           applications(filter: { procedureKinds: [PERMIT] }, first: 1) { totalCount } }`,
        {},
        'ANALYST',
      ),
    );
    expect(agg.groups.length).toBeGreaterThan(10);
    expect(agg.totals.count).toBe(applications.totalCount);
    expect(agg.groups.reduce((s: number, g: any) => s + g.count, 0)).toBe(agg.totals.count);
    for (const group of agg.groups) expect(group.enterprise.id).toBe(group.keys[0].value);
    // the joined fields are the enterprises subgraph's own
    for (const group of agg.groups.slice(0, 5)) {
      const { enterprise } = dataOf(
        await graph.query(`query ($id: ID!) { enterprise(id: $id) { id name category categoryLabel } }`, { id: group.enterprise.id }, 'ANALYST'),
      );
      expect(group.enterprise).toEqual(enterprise);
      expect(enterprise.name.length).toBeGreaterThan(3);
    }
  });

  it('an ENTERPRISE caller’s statistics and aggregate through the gateway are its own enterprise’s', async () => {
    const pick = dataOf(await graph.query(`{ applicationAggregate(groupBy: [ENTERPRISE]) { groups { keys { value } count } } }`, {}, 'ANALYST'));
    const [largest] = [...pick.applicationAggregate.groups].sort((a: any, b: any) => b.count - a.count);
    const enterpriseId = largest.keys[0].value;
    const query = `query ($f: ApplicationFilter) { approvalStatistics(filter: $f) { decidedCount atMostOneVisitRate byItem { key count } }
      applicationAggregate(filter: $f, groupBy: [TIME], timeBucket: YEAR) { groups { keys { value label } count atMostOneVisitRate } totals { count } } }`;
    const asEnterprise: TestCaller = { role: 'ENTERPRISE', enterpriseId };
    const own = dataOf(await graph.query(query, {}, asEnterprise));
    const analyst = dataOf(await graph.query(query, { f: { enterpriseId } }, 'ANALYST'));
    expect(own).toEqual(analyst);
    expect(own.applicationAggregate.totals.count).toBe(largest.count);
    expect(own.applicationAggregate.groups.map((g: any) => g.keys[0].label).filter((l: string) => l !== '未填写')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\d{4}年$/)]),
    );
  });
});
