import { DEMO_ROSTER, demoEnterpriseId, demoRosterEntry } from '@pecg/demo';
import { startTestGraph, type TestGraph } from '@pecg/graph-tools';

/**
 * Issue 17 item 2 through the whole graph (startTestGraph: the real gateway and every subgraph over
 * HTTP): the activities aggregates join to Enterprise fields owned by the enterprises subgraph, their
 * totals match the lists through the gateway, and an ENTERPRISE caller's figures are its own.
 */
describe('activities aggregates in the whole graph', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ seed: true });
  });
  afterAll(() => graph.stop());

  const ok = async (query: string, variables: Record<string, unknown> = {}, caller: Parameters<TestGraph['query']>[2] = 'ANALYST') => {
    const result = await graph.query(query, variables, caller);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  type Group = {
    keys: Array<{ value: string | null; label: string }>;
    enterprise: { id: string; name: string; category: string } | null;
    count: number;
    noShowCount: number;
  };

  it('“no-shows by enterprise” joins each group to the enterprise’s name and category; totals match the list', async () => {
    const data = await ok(`{
      registrationAggregate(groupBy: [ENTERPRISE]) { groups { keys { value label } enterprise { id name category } count noShowCount attendanceRate } totals { count noShowCount } }
      registrations(first: 1) { totalCount }
      noShows: registrations(filter: { statuses: [NO_SHOW] }, first: 1) { totalCount } }`);
    const { groups, totals } = data.registrationAggregate as { groups: Group[]; totals: Group };
    expect(groups.length).toBeGreaterThan(3);
    for (const group of groups) {
      const n = DEMO_ROSTER.map((e) => e.n).find((i) => demoEnterpriseId(i).toHexString() === group.keys[0].value);
      expect(n).toBeDefined();
      expect(group.enterprise).toEqual({ id: group.keys[0].value, name: demoRosterEntry(n!).name, category: demoRosterEntry(n!).category });
    }
    expect(totals.count).toBe(data.registrations.totalCount);
    expect(totals.noShowCount).toBe(data.noShows.totalCount);
    expect(groups.reduce((s, g) => s + g.noShowCount, 0)).toBe(totals.noShowCount);
  });

  it('an ENTERPRISE caller gets its own group only, joined to its own enterprise', async () => {
    const E = demoEnterpriseId(1).toHexString();
    const caller = { role: 'ENTERPRISE' as const, enterpriseId: E, subject: 'e1-user' };
    const data = await ok(
      `{ registrationAggregate(groupBy: [ENTERPRISE]) { groups { enterprise { id name } count } totals { count } } registrations(first: 1) { totalCount } }`,
      {},
      caller,
    );
    expect(data.registrationAggregate.groups).toEqual([{ enterprise: { id: E, name: demoRosterEntry(1).name }, count: data.registrations.totalCount }]);
    expect(data.registrationAggregate.totals.count).toBe(data.registrations.totalCount);
  });

  it('“attendance rate by activity kind” through the gateway equals the statistics of each kind', async () => {
    const data = await ok(
      `{ activityAggregate(groupBy: [KIND]) { groups { keys { value label } count attendanceRate } totals { count } } activities(first: 1) { totalCount } }`,
    );
    expect(data.activityAggregate.totals.count).toBe(data.activities.totalCount);
    for (const group of data.activityAggregate.groups as Array<{ keys: Array<{ value: string }>; count: number; attendanceRate: number | null }>) {
      const stats = (
        await ok(`query ($k: [ActivityKind!]) { activityStatistics(filter: { kinds: $k }) { total attendanceRate } }`, { k: [group.keys[0].value] })
      ).activityStatistics;
      expect(stats).toEqual({ total: group.count, attendanceRate: group.attendanceRate ?? 0 });
    }
  });
});
