import { DEMO_ROSTER, demoEnterpriseId } from '@pecg/demo';
import { useTestSubgraph } from '@pecg/testing';
import { approvalsSubgraph, generateBenchData, type ApprovalsModels } from '../src';

/** The benchmark's approvals data (issue 13 item 4): within the roster, only items the enterprise's industry needs. */
describe('approvals generateBenchData', () => {
  const sg = useTestSubgraph(approvalsSubgraph);

  it('pairs enterprises n ≤ 122 with their roster items, every path of its item’s kind; a rerun inserts nothing', async () => {
    const models = sg.models as ApprovalsModels;
    const first = await generateBenchData(models, { enterprises: 122, count: 400, seed: 5 });
    expect(first.applications).toBe(400);
    const items = new Map((await models.ApprovalItem.find().lean()).map((i) => [i._id.toHexString(), i]));
    const roster = new Map(DEMO_ROSTER.map((e) => [demoEnterpriseId(e.n).toHexString(), e]));
    const apps = await models.Application.find({}, { itemId: 1, enterpriseId: 1, status: 1 }).lean();
    for (const app of apps) {
      const item = items.get(app.itemId.toHexString())!;
      expect(roster.get(app.enterpriseId.toHexString())!.approvalItems).toContain(Number(item.code.slice(-3)));
      if (item.procedureKind === 'FILING') expect(['APPROVED', 'DENIED', 'ACCEPTED', 'UNDER_REVIEW']).not.toContain(app.status);
    }
    expect(await generateBenchData(models, { enterprises: 122, count: 400, seed: 5 })).toEqual({ applications: 0, evaluations: 0, supervisionCases: 0 });
  });
});
