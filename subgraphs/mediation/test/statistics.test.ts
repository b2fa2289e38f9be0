import { Types } from 'mongoose';
import { demoId } from '@pecg/demo';
import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { mediationSubgraph, type MediationModels } from '../src';
import { disputeIn } from './support/fixtures';

const RATES = `closed closedResolvedLocally localResolutionRate localResolutionShare escalated escalationRate closedWithinMonth closedWithinMonthShare
  averageDaysToResolve resolved performed performanceRate judiciallyConfirmed judicialConfirmationRate followedUp followUpCoverage total
  localResolutionByCommunity { key label closed resolvedLocally rate } localResolutionByKind { key closed resolvedLocally rate } byUrgency { key count }`;

/** Statistics are counts of the records the list returns for the same filter (and the rates are those counts divided). */
describe('mediation statistics equal counts of the underlying records', () => {
  let graph: TestSubgraph<MediationModels>;
  beforeAll(async () => {
    graph = await startTestSubgraph(mediationSubgraph, { seed: true });
  });
  afterAll(async () => {
    await graph.stop();
  });

  const count = async (filter: Record<string, unknown>) => {
    const r = await graph.query(`query ($f: DisputeFilter) { disputes(filter: $f, first: 1) { totalCount } }`, { f: filter }, 'ANALYST');
    expect(r.errors).toBeUndefined();
    return r.data!.disputes.totalCount as number;
  };
  const stats = async (filter: Record<string, unknown>) => {
    const r = await graph.query(`query ($f: DisputeFilter) { disputeStatistics(filter: $f) { ${RATES} } }`, { f: filter }, 'ANALYST');
    expect(r.errors).toBeUndefined();
    return r.data!.disputeStatistics;
  };

  it.each([
    ['all disputes', {}],
    ['白虎滩社区', { communityId: demoId('community', 1).toHexString() }],
    ['the park, enterprise-related', { communityId: demoId('community', 2).toHexString(), kinds: ['ENTERPRISE_RELATED'] }],
    ['tourist disputes from the police', { kinds: ['TOURIST'], channels: ['POLICE_TRANSFER'] }],
    ['reported in 2026-03', { month: '2026-03' }],
  ])('%s: every figure is a count of the list with the same filter', async (_name, filter) => {
    const s = await stats(filter);
    expect(s.total).toBe(await count(filter));
    expect(s.closed).toBe(await count({ ...filter, statuses: ['CLOSED'] }));
    expect(s.closedResolvedLocally).toBe(await count({ ...filter, statuses: ['CLOSED'], resolved: true, levels: ['GRID', 'COMMUNITY'] }));
    expect(s.escalated).toBe(await count({ ...filter, escalated: true }));
    expect(s.resolved).toBe(await count({ ...filter, resolved: true }));
    expect(s.total).toBeGreaterThan(0);
    expect(s.localResolutionRate).toBeCloseTo(s.closed ? s.closedResolvedLocally / s.closed : 0, 10);
    expect(s.escalationRate).toBeCloseTo(s.escalated / s.total, 10);
    expect(s.closedWithinMonthShare).toBeCloseTo(s.closed ? s.closedWithinMonth / s.closed : 0, 10);
    for (const [part, rate] of [
      ['performed', 'performanceRate'],
      ['judiciallyConfirmed', 'judicialConfirmationRate'],
      ['followedUp', 'followUpCoverage'],
    ]) {
      expect(s[rate]).toBeCloseTo(s.resolved ? s[part] / s.resolved : 0, 10);
      expect(s[part]).toBeLessThanOrEqual(s.resolved);
    }
    expect(s.byUrgency.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(s.total);
    expect(s.localResolutionByKind.reduce((n: number, r: { closed: number }) => n + r.closed, 0)).toBe(s.closed);
    expect(s.localResolutionByCommunity.reduce((n: number, r: { closed: number }) => n + r.closed, 0)).toBe(s.closed);
    for (const row of s.localResolutionByKind) {
      const kinds: string[] | undefined = (filter as { kinds?: string[] }).kinds;
      const listed = !kinds || kinds.includes(row.key);
      expect(row.closed).toBe(listed ? await count({ ...filter, kinds: [row.key], statuses: ['CLOSED'] }) : 0);
    }
  });

  it('the demo shows every state and is not flattering: failures count against the local-resolution rate', async () => {
    const s = await stats({});
    expect(s.closed).toBeGreaterThan(s.closedResolvedLocally);
    expect(s.localResolutionRate).toBeLessThan(1);
    expect(s.averageDaysToResolve).toBeGreaterThan(0);
    expect(s.judiciallyConfirmed).toBeGreaterThan(0);
    const r = await graph.query(`{ disputeStatistics { byStatus { key count } } }`, {}, 'ANALYST');
    for (const row of r.data!.disputeStatistics.byStatus) expect(row.count).toBeGreaterThan(0);
  });

  it('a grid that fails and closes most of its disputes shows that (Why: the old share divided by agreements only and showed 100 %)', async () => {
    const gridId = new Types.ObjectId();
    const communityId = new Types.ObjectId();
    await graph.models.Grid.create({ _id: gridId, communityId, name: '测试网格' });
    await disputeIn(graph.models, 'CLOSED', { gridId, communityId });
    for (let i = 0; i < 3; i++)
      await disputeIn(graph.models, 'CLOSED', {
        gridId,
        communityId,
        extra: { resolved: false, resolvedLevel: null, agreement: null, failureReason: '未达成协议' },
      });
    const s = await stats({ gridId: gridId.toHexString() });
    expect(s).toMatchObject({ total: 4, closed: 4, closedResolvedLocally: 1, localResolutionRate: 0.25, resolved: 1 });
    // the deprecated share still divides by agreements only: the figure the issue calls flattering
    expect(s.localResolutionShare).toBe(1);
  });
});
