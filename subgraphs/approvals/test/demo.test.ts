import { useTestSubgraph } from '@pecg/testing';
import { approvalsSubgraph } from '../src';
import { DEMO_ROSTER, demoEnterpriseId, demoRosterEntry } from '@pecg/demo';
import { dataOf, E, ITEM } from './helpers';

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
        `{ approvalStatistics { byStatus { key label count } byItem { item { code } count } byMonth { key count } decidedCount onTimeRate averageWorkingDaysToDecision acceptedWithDeficiencyRate commitmentFulfilmentRate atMostOneVisitRate evaluationCount satisfactionRate callBackRate overdueRectificationCount openSupervisionCaseCount } }`,
        {},
        'ANALYST',
      ),
    ).approvalStatistics;
    expect(stats.byStatus).toHaveLength(13);
    expect(stats.byStatus.filter((row: any) => row.count === 0).map((row: any) => row.key)).toEqual([]);
    expect(stats.byItem).toHaveLength(19);
    expect(stats.byMonth.map((m: any) => m.key)).toEqual(expect.arrayContaining(['2023-03', '2024-06']));
    expect(stats.onTimeRate).toBeGreaterThan(0.5);
    expect(stats.onTimeRate).toBeLessThan(1);
    expect(stats.averageWorkingDaysToDecision).toBeGreaterThan(0);
    expect(stats.acceptedWithDeficiencyRate).toBeGreaterThan(0);
    expect(stats.commitmentFulfilmentRate).toBeGreaterThan(0);
    expect(stats.commitmentFulfilmentRate).toBeLessThan(1);
    expect(stats.atMostOneVisitRate).toBeGreaterThan(0.7);
    expect(stats.atMostOneVisitRate).toBeLessThan(1);
    expect(stats.satisfactionRate).toBeGreaterThan(0.5);
    expect(stats.openSupervisionCaseCount).toBeGreaterThan(0);
    // an enterprise reads its own figures (the analysts' contract: every reader of the list, same scope)
    const own = dataOf(await sg.query(`{ approvalStatistics { decidedCount } }`, {}, { role: 'ENTERPRISE', enterpriseId: E(1) })).approvalStatistics;
    expect(own.decidedCount).toBe(await sg.models.Application.countDocuments({ enterpriseId: E(1), decidedAt: { $ne: null } }));
    // the average is the stored working-day sum over the count
    const decided = await sg.models.Application.find({ workingDaysToDecision: { $ne: null } }, { workingDaysToDecision: 1 }).lean();
    expect(stats.averageWorkingDaysToDecision).toBeCloseTo(decided.reduce((s, d) => s + d.workingDaysToDecision!, 0) / decided.length, 6);
  });

  it('applications are for items the applicant’s industry needs (the roster), with dates consistent with each item’s kind and limit', async () => {
    const apps = await sg.models.Application.find({}).lean();
    const items = new Map((await sg.models.ApprovalItem.find({}).lean()).map((i) => [i._id.toHexString(), i]));
    expect(apps).toHaveLength(160);
    for (const app of apps) {
      const item = items.get(app.itemId.toHexString())!;
      const n = DEMO_ROSTER.find((e) => demoEnterpriseId(e.n).equals(app.enterpriseId))!.n;
      expect(demoRosterEntry(n).approvalItems).toContain(Number(item.code.slice(-3)));
      if (item.procedureKind === 'FILING') {
        // recorded on receipt: no acceptance, decision clock (here), denial or certificate
        expect(['DRAFT', 'SUBMITTED', 'SUPPLEMENT_REQUESTED', 'WITHDRAWN', 'FORWARDED', 'RECORDED']).toContain(app.status);
        expect(app.acceptedAt ?? null).toBeNull();
        expect(app.certificateNumber ?? null).toBeNull();
        if (app.status === 'RECORDED') expect(app.filingNumber).toBeTruthy();
      }
      if (item.decidingAuthority === 'HIGHER_AUTHORITY' && ['APPROVED', 'DENIED', 'RECORDED'].includes(app.status)) {
        expect(app.forwardedAt!.getTime()).toBeLessThanOrEqual(app.decidedAt!.getTime());
        expect(app.higherDecision).toMatchObject({ authority: item.forwarding!.decidedBy });
      }
      if (item.decidingAuthority === 'THIS_OFFICE' && item.procedureKind === 'PERMIT' && app.decidedAt) {
        expect(app.decidedOnTime).toBe(app.decidedAt.getTime() <= app.decisionDueDate!.getTime());
        expect(app.decidedWithinPromise).toBe(app.decidedAt.getTime() <= app.promisedDueDate!.getTime());
      }
    }
    // no software start-up applies for 民爆 permits, bank-vault plans or 典当 licences
    const incubator = new Set(DEMO_ROSTER.filter((e) => e.inIncubator).map((e) => demoEnterpriseId(e.n).toHexString()));
    const restricted = [10, 11, 12, 14, 18].map((n) => ITEM(n));
    expect(apps.filter((a) => incubator.has(a.enterpriseId.toHexString()) && restricted.includes(a.itemId.toHexString()))).toEqual([]);
    // a second in-person visit opened its 办不成事 case
    const visited = apps.filter((a) => a.multipleVisits);
    expect(visited.length).toBeGreaterThan(0);
    expect(await sg.models.SupervisionCase.countDocuments({ trigger: 'MULTIPLE_VISITS' })).toBe(visited.length);
  });

  it('the demo seed is idempotent', async () => {
    expect(await approvalsSubgraph.seedDemo!(sg.models)).toEqual({ created: 0 });
  });
});
