import { demoEnterpriseId, demoId } from '@pecg/demo';
import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { activitiesSubgraph, generateBenchData, type ActivitiesModels } from '../src';

describe('activities generateBenchData', () => {
  let graph: TestSubgraph<ActivitiesModels>;
  beforeAll(async () => {
    graph = await startTestSubgraph(activitiesSubgraph, { seed: true });
  });
  afterAll(async () => {
    await graph.stop();
  });

  it('bulk-inserts deterministic activities with ~10 registrations each, and a rerun inserts nothing', async () => {
    const progress: number[] = [];
    const first = await generateBenchData(graph.models, { enterprises: 20, count: 120, seed: 7, onProgress: (n) => progress.push(n) });
    expect(first.activities).toBe(120);
    expect(first.registrations).toBeGreaterThanOrEqual(120 * 8);
    expect(first.registrations).toBeLessThanOrEqual(120 * 12);
    expect(progress.at(-1)).toBe(120);
    expect(progress.length).toBeGreaterThan(1);
    expect(await graph.models.Activity.exists({ _id: demoId('bench-activity-7', 120) })).not.toBeNull();
    const again = await generateBenchData(graph.models, { enterprises: 20, count: 120, seed: 7 });
    expect(again).toEqual({ activities: 0, registrations: 0 });
    const outside = await graph.models.Registration.countDocuments({
      registered: { subject: 'bench', role: 'ADMIN', at: new Date('2024-01-01T00:00:00Z') },
      enterpriseId: demoEnterpriseId(21),
    });
    expect(outside).toBe(0);
    const { data, errors } = await graph.query(
      `{ activityStatistics(filter: { startsFrom: "2024-01-01T00:00:00Z", startsBefore: "2025-01-01T00:00:00Z" }) { total completedSeats attendanceRate topEnterprises(first: 20) { count } } }`,
      {},
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    expect(data!.activityStatistics.total).toBe(120);
    expect(data!.activityStatistics.completedSeats).toBe(first.registrations);
    expect(data!.activityStatistics.attendanceRate).toBeGreaterThan(0.7);
    expect(data!.activityStatistics.topEnterprises).toHaveLength(20);
  });
});
