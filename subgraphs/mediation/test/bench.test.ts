import { demoEnterpriseId, demoId } from '@pecg/demo';
import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { generateBenchData, mediationSubgraph, type MediationModels } from '../src';

describe('mediation generateBenchData', () => {
  let graph: TestSubgraph<MediationModels>;
  beforeAll(async () => {
    graph = await startTestSubgraph(mediationSubgraph, { seed: true });
  });
  afterAll(async () => {
    await graph.stop();
  });

  it('bulk-inserts deterministic disputes in batches, and a rerun inserts nothing', async () => {
    const first = await generateBenchData(graph.models, { enterprises: 30, count: 1500, seed: 11 });
    expect(first).toEqual({ disputes: 1500 });
    const sample = await graph.models.Dispute.findById(demoId('bench-dispute-11', 1500)).lean();
    expect(sample!.parties).toHaveLength(2);
    expect(await generateBenchData(graph.models, { enterprises: 30, count: 1500, seed: 11 })).toEqual({ disputes: 0 });
    const { data, errors } = await graph.query(
      `query ($e: ID!) { disputeStatistics(filter: { reportedFrom: "2024-01-01T00:00:00Z" }) { total byMonth { month } averageSatisfaction } disputes(filter: { enterpriseId: $e, reportedFrom: "2024-01-01T00:00:00Z" }) { totalCount } }`,
      { e: demoEnterpriseId(30).toHexString() },
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    expect(data!.disputeStatistics.total).toBe(1500 + 132);
    expect(data!.disputeStatistics.byMonth.length).toBeGreaterThanOrEqual(12);
    expect(data!.disputeStatistics.averageSatisfaction).toBeGreaterThanOrEqual(3);
    expect(data!.disputes.totalCount).toBeGreaterThan(0);
  });
});
