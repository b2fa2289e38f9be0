import { useTestSubgraph } from '@pecg/testing';
import { approvalsSubgraph } from '../src';
import { dataOf, E, errorOf } from './helpers';

/** The demo data on a database of its own, before any test moves an application along. */
describe('approvals demo data and statistics', () => {
  const sg = useTestSubgraph(approvalsSubgraph, { seed: true });

  it('the demo data holds the 19 items, the 23 measures and applications in every state; statistics come from the database', async () => {
    const catalogue = dataOf(
      await sg.query(
        `{ approvalItems { code name maxInPersonVisits requiredMaterials { essential } coveredByMeasures { number } } serviceMeasures { number title items { code } } }`,
      ),
    );
    expect(catalogue.approvalItems).toHaveLength(19);
    expect(catalogue.approvalItems[0]).toMatchObject({ code: 'GA-ZA-001', name: '危险化学品道路运输通行证核发', maxInPersonVisits: 1 });
    expect(catalogue.approvalItems[0].requiredMaterials.map((m: any) => m.essential)).toEqual([true, true, true, true, true, false, false]);
    expect(catalogue.approvalItems[0].coveredByMeasures.map((m: any) => m.number)).toEqual(expect.arrayContaining([1, 2, 4, 14]));
    expect(catalogue.serviceMeasures).toHaveLength(23);
    expect(catalogue.serviceMeasures[13].items.map((i: any) => i.code)).toEqual(['GA-ZA-001', 'GA-ZA-008', 'GA-ZA-009']);
    const stats = dataOf(
      await sg.query(
        `{ approvalStatistics { byStatus { status statusLabel count } byItem { item { code } count } byMonth { month count } decidedCount onTimeRate averageWorkingDaysToDecision acceptedWithDeficiencyShare commitmentFulfilmentRate atMostOneVisitShare evaluationCount satisfactionRate callBackRate overdueRectificationCount openSupervisionCaseCount } }`,
        {},
        'ANALYST',
      ),
    ).approvalStatistics;
    expect(stats.byStatus).toHaveLength(11);
    expect(stats.byStatus.filter((row: any) => row.count === 0).map((row: any) => row.status)).toEqual([]);
    expect(stats.byItem).toHaveLength(19);
    expect(stats.byMonth.map((m: any) => m.month)).toEqual(expect.arrayContaining(['2023-03', '2024-06']));
    expect(stats.onTimeRate).toBeGreaterThan(0.5);
    expect(stats.onTimeRate).toBeLessThan(1);
    expect(stats.averageWorkingDaysToDecision).toBeGreaterThan(0);
    expect(stats.acceptedWithDeficiencyShare).toBeGreaterThan(0);
    expect(stats.commitmentFulfilmentRate).toBeGreaterThan(0);
    expect(stats.commitmentFulfilmentRate).toBeLessThan(1);
    expect(stats.atMostOneVisitShare).toBeGreaterThan(0.7);
    expect(stats.atMostOneVisitShare).toBeLessThan(1);
    expect(stats.satisfactionRate).toBeGreaterThan(0.5);
    expect(stats.openSupervisionCaseCount).toBeGreaterThan(0);
    expect(errorOf(await sg.query(`{ approvalStatistics { decidedCount } }`, {}, { role: 'ENTERPRISE', enterpriseId: E(1) })).code).toBe('FORBIDDEN');
    // the average is the stored working-day sum over the count
    const decided = await sg.models.Application.find({ workingDaysToDecision: { $ne: null } }, { workingDaysToDecision: 1 }).lean();
    expect(stats.averageWorkingDaysToDecision).toBeCloseTo(decided.reduce((s, d) => s + d.workingDaysToDecision!, 0) / decided.length, 6);
  });

  it('the demo seed is idempotent', async () => {
    expect(await approvalsSubgraph.seedDemo!(sg.models)).toEqual({ created: 0 });
  });
});
