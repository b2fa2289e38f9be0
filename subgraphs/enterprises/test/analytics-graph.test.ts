import { startTestGraph, type TestGraph } from '@pecg/graph-tools';
import { dataOf, E } from './helpers';

/**
 * The aggregates through the whole graph (gateway over real HTTP): groups join the Enterprise's fields
 * through federation, and an ENTERPRISE caller's statistics and aggregates count its own records only —
 * the same scope as its lists.
 */
describe('enterprises aggregates across the graph', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ seed: ['enterprises'] });
  }, 120_000);
  afterAll(async () => {
    await graph?.stop();
  });

  it('groups by ENTERPRISE carry the enterprise (name, category) and add up to the list', async () => {
    const data = dataOf(
      await graph.query(`{
        serviceNeedAggregate(groupBy: [ENTERPRISE]) { groups { keys { value label } enterprise { id name categoryLabel } count resolvedOnTimeRate } totals { count } }
        serviceNeeds { totalCount }
      }`),
    );
    const { groups, totals } = data.serviceNeedAggregate;
    expect(totals.count).toBe(data.serviceNeeds.totalCount);
    expect(groups.reduce((a: number, g: any) => a + g.count, 0)).toBe(totals.count);
    for (const g of groups) expect(g.enterprise).toEqual({ id: g.keys[0].value, name: g.keys[0].label, categoryLabel: expect.any(String) });
  });

  it('an ENTERPRISE caller’s statistics and aggregates count its own enterprise’s records, as its lists do', async () => {
    const own = E(103);
    const me = { role: 'ENTERPRISE', enterpriseId: own, subject: 'e103-user' } as const;
    const q = `query ($f: ServiceNeedFilter, $a: RiskAlertFilter, $r: AdvantageResourceFilter) {
      enterprises { totalCount }
      serviceNeeds(filter: $f) { totalCount }
      riskAlerts(filter: $a) { totalCount }
      advantageResources(filter: $r) { totalCount }
      enterpriseStatistics { total byCategory { key count } openNeedsByCategory { key count } }
      enterpriseAggregate(groupBy: [CATEGORY]) { groups { keys { value } count } totals { count withOfficerCount } }
      serviceNeedAggregate(filter: $f, groupBy: [ENTERPRISE]) { groups { enterprise { id } count } totals { count openCount } }
      riskAlertAggregate(filter: $a, groupBy: [ENTERPRISE]) { groups { enterprise { id } count } totals { count } }
      advantageResourceAggregate(filter: $r, groupBy: [ENTERPRISE]) { groups { enterprise { id } count } totals { count } }
    }`;
    const mine = dataOf(await graph.query(q, {}, me));
    const forAdmin = dataOf(await graph.query(q, { f: { enterpriseId: own }, a: { enterpriseId: own }, r: { enterpriseId: own } }));
    const all = dataOf(await graph.query(q));
    expect(mine.enterprises.totalCount).toBe(1);
    expect(mine.enterpriseStatistics.total).toBe(1);
    expect(mine.enterpriseAggregate.totals).toEqual({ count: 1, withOfficerCount: 1 });
    expect(mine.enterpriseAggregate.groups).toEqual([{ keys: [{ value: 'ABOVE_SCALE' }], count: 1 }]);
    expect(all.enterpriseAggregate.totals.count).toBeGreaterThan(100);
    for (const [aggregate, list] of [
      ['serviceNeedAggregate', 'serviceNeeds'],
      ['riskAlertAggregate', 'riskAlerts'],
      ['advantageResourceAggregate', 'advantageResources'],
    ]) {
      expect([aggregate, mine[aggregate].totals.count]).toEqual([aggregate, mine[list].totalCount]);
      expect(mine[aggregate].totals.count).toBe(forAdmin[aggregate].totals.count);
      expect(mine[aggregate].groups.every((g: any) => g.enterprise.id === own)).toBe(true);
      expect(all[aggregate].totals.count).toBeGreaterThanOrEqual(mine[aggregate].totals.count);
    }
    expect(mine.serviceNeedAggregate.totals.count).toBeGreaterThan(0);
    const openNeeds = mine.enterpriseStatistics.openNeedsByCategory.reduce((a: number, r: any) => a + r.count, 0);
    expect(openNeeds).toBe(mine.serviceNeedAggregate.totals.openCount);
  });
});
