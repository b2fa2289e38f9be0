import { demoEnterpriseId } from '@pecg/demo';
import { startTestGraph, type TestGraph } from '@pecg/graph-tools';

/**
 * The analysts' questions through the whole graph (gateway + every subgraph over real HTTP): the
 * aggregate's ENTERPRISE groups join to the enterprises subgraph's Enterprise, and its figures equal
 * the list and the statistics behind the same filter.
 */
describe('mediation aggregates through the gateway', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ seed: ['enterprises', 'mediation'] });
  });
  afterAll(async () => {
    await graph.stop();
  });

  it('矛盾不上交 by community and kind, and disputes by enterprise with its name, in one query', async () => {
    const { data, errors } = await graph.query(
      `{ local: disputeAggregate(groupBy: [COMMUNITY, KIND]) { groups { keys { dimension value label } community { name } closedCount resolvedLocallyCount localResolutionRate }
           totals { count closedCount resolvedLocallyCount localResolutionRate } }
         byEnterprise: disputeAggregate(groupBy: [ENTERPRISE], filter: { kinds: [ENTERPRISE_RELATED, LABOUR, CONTRACT] }) { groups { keys { value label } enterprise { id name } count } }
         disputeStatistics { total closed closedResolvedLocally localResolutionRate } }`,
      {},
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    const { local, byEnterprise, disputeStatistics: stats } = data!;
    expect(local.totals).toEqual({
      count: stats.total,
      closedCount: stats.closed,
      resolvedLocallyCount: stats.closedResolvedLocally,
      localResolutionRate: stats.localResolutionRate,
    });
    for (const g of local.groups) {
      expect(g.keys.map((k: { dimension: string }) => k.dimension)).toEqual(['COMMUNITY', 'KIND']);
      expect(g.keys[0].label).toBe(g.community.name);
      expect(g.localResolutionRate === null || (g.localResolutionRate >= 0 && g.localResolutionRate <= 1)).toBe(true);
    }
    const named = byEnterprise.groups.filter((g: { enterprise: unknown }) => g.enterprise);
    expect(named.length).toBeGreaterThan(2);
    for (const g of named) {
      expect(g.enterprise.id).toBe(g.keys[0].value);
      expect(g.enterprise.name).toEqual(expect.any(String));
      const list = await graph.query(
        `query ($e: ID!) { disputes(filter: { enterpriseId: $e, kinds: [ENTERPRISE_RELATED, LABOUR, CONTRACT] }, first: 1) { totalCount } }`,
        {
          e: g.keys[0].value,
        },
      );
      expect(list.data!.disputes.totalCount).toBe(g.count);
    }
  });

  it('an ENTERPRISE caller gets its own figures through the gateway too', async () => {
    const e1 = demoEnterpriseId(1).toHexString();
    const caller = { role: 'ENTERPRISE' as const, enterpriseId: e1, subject: 'e1-gateway' };
    const { data, errors } = await graph.query(
      `{ disputes(first: 1) { totalCount } disputeAggregate(groupBy: [ENTERPRISE]) { groups { enterprise { id name } count } totals { count } } }`,
      {},
      caller,
    );
    expect(errors).toBeUndefined();
    expect(data!.disputeAggregate.totals.count).toBe(data!.disputes.totalCount);
    for (const g of data!.disputeAggregate.groups) expect(g.enterprise.id).toBe(e1);
  });
});
