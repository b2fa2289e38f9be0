import { useTestSubgraph, type TestCaller } from '@pecg/testing';
import { approvalsSubgraph } from '../src';
import { dataOf } from './helpers';

/**
 * The analysts' contract beyond applications: 好差评 and 办不成事 aggregates checked against their lists,
 * the deprecated filter and row names still answering as the new ones, and the tenant scope of
 * statistics and aggregates (an ENTERPRISE caller counts its own records only).
 */
describe('approvals analytics: evaluations, supervision cases, deprecated aliases and tenant scope', () => {
  const sg = useTestSubgraph(approvalsSubgraph, { seed: true });
  const count = async (list: string, filter: Record<string, unknown>, caller: TestCaller = 'ANALYST') => {
    const type = { applications: 'ApplicationFilter', evaluations: 'EvaluationFilter', supervisionCases: 'SupervisionCaseFilter' }[list];
    return dataOf(await sg.query(`query ($f: ${type}) { ${list}(filter: $f, first: 1) { totalCount } }`, { f: filter }, caller))[list].totalCount as number;
  };
  const sum = (rows: any[], field: string) => rows.reduce((s, r) => s + r[field], 0);

  it('evaluationAggregate: groups by rating, follow-up state, item and month match the evaluations list', async () => {
    const data = dataOf(
      await sg.query(
        `{ byRating: evaluationAggregate(groupBy: [RATING]) { groups { keys { value label } count badCount satisfactionRate } totals { count badCount satisfactionRate } }
           byFollowUp: evaluationAggregate(groupBy: [FOLLOW_UP_STATUS]) { groups { keys { value label } count rectifiedCount explainedCount appealedCount } }
           byItem: evaluationAggregate(groupBy: [ITEM]) { groups { keys { value label } item { name } count badCount calledBackCount callBackRate rectifiedCount } totals { count badCount } }
           byMonth: evaluationAggregate(groupBy: [TIME]) { groups { keys { value } count } }
           approvalStatistics { evaluationCount satisfactionRate callBackRate } }`,
        {},
        'ANALYST',
      ),
    );
    const all = data.byRating.totals.count;
    expect(all).toBe(data.approvalStatistics.evaluationCount);
    expect(all).toBeGreaterThan(0);
    expect(data.byRating.totals.satisfactionRate).toBeCloseTo(data.approvalStatistics.satisfactionRate, 10);
    expect(data.byRating.groups[0].keys[0]).toEqual({ value: 'VERY_SATISFIED', label: '非常满意' });
    for (const g of data.byRating.groups) {
      expect(g.count).toBe(await count('evaluations', { ratings: [g.keys[0].value] }));
      expect(g.badCount).toBe(['DISSATISFIED', 'VERY_DISSATISFIED'].includes(g.keys[0].value) ? g.count : 0);
      expect(g.satisfactionRate).toBe(['VERY_SATISFIED', 'SATISFIED'].includes(g.keys[0].value) ? 1 : 0);
    }
    for (const g of data.byFollowUp.groups) {
      expect(g.count).toBe(await count('evaluations', { followUpStatuses: [g.keys[0].value] }));
      expect([g.rectifiedCount, g.explainedCount, g.appealedCount]).toEqual(
        ['RECTIFIED', 'EXPLAINED', 'APPEALED'].map((s) => (s === g.keys[0].value ? g.count : 0)),
      );
    }
    expect(data.byItem.groups.every((g: any) => g.keys[0].value !== null && g.keys[0].label === g.item.name)).toBe(true);
    for (const g of data.byItem.groups) {
      expect(g.count).toBe(await count('evaluations', { itemId: g.keys[0].value }));
      expect(g.badCount).toBe(await count('evaluations', { itemIds: [g.keys[0].value], bad: true }));
      const waiting = await count('evaluations', { itemId: g.keys[0].value, followUpStatuses: ['AWAITING_CALL_BACK'] });
      expect(g.calledBackCount).toBe(g.badCount - waiting);
      expect(g.callBackRate).toBe(g.badCount ? g.calledBackCount / g.badCount : null);
      expect(g.rectifiedCount).toBe(await count('evaluations', { itemId: g.keys[0].value, followUpStatuses: ['RECTIFIED'] }));
    }
    expect(sum(data.byItem.groups, 'count')).toBe(all);
    for (const g of data.byMonth.groups) expect(g.count).toBe(await count('evaluations', { months: [g.keys[0].value] }));
    expect(sum(data.byMonth.groups, 'count')).toBe(all);
    // each evaluation's item is its application's
    for (const e of await sg.models.Evaluation.find({}).limit(20).lean()) {
      const app = await sg.models.Application.findById(e.applicationId).lean();
      expect(e.itemId?.toHexString()).toBe(app!.itemId.toHexString());
    }
  });

  it('supervisionCaseAggregate: trigger × status and month groups match the list; the 24-hour answer rate (#23) from the records', async () => {
    const data = dataOf(
      await sg.query(
        `{ supervisionCaseAggregate(groupBy: [TRIGGER, STATUS]) { groups { keys { dimension value label } count openCount resolvedCount } totals { count openCount } }
           byMonth: supervisionCaseAggregate(groupBy: [TIME]) { groups { keys { value } count } }
           reports: supervisionCaseAggregate(filter: { triggers: [ENTERPRISE_REPORT] }, groupBy: [ENTERPRISE]) { groups { enterprise { id } count answeredWithin24HoursRate } totals { count answeredWithin24HoursRate } }
           approvalStatistics { openSupervisionCaseCount } }`,
        {},
        'ANALYST',
      ),
    );
    const agg = data.supervisionCaseAggregate;
    expect(agg.totals.count).toBe(await count('supervisionCases', {}));
    expect(agg.totals.count).toBe(sum(agg.groups, 'count'));
    expect(agg.totals.openCount).toBe(data.approvalStatistics.openSupervisionCaseCount);
    for (const g of agg.groups) {
      const [trigger, status] = g.keys;
      expect(g.count).toBe(await count('supervisionCases', { triggers: [trigger.value], statuses: [status.value] }));
      expect(g.openCount).toBe(['OPEN', 'INVESTIGATING'].includes(status.value) ? g.count : 0);
      expect(g.resolvedCount).toBe(['RECTIFIED', 'DISMISSED', 'ARCHIVED'].includes(status.value) ? g.count : 0);
    }
    for (const g of data.byMonth.groups) expect(g.count).toBe(await count('supervisionCases', { months: [g.keys[0].value] }));

    const reports = await sg.models.SupervisionCase.find({ trigger: 'ENTERPRISE_REPORT' }).lean();
    const day = 86_400_000;
    const measured = reports.filter((c) => c.firstResponseAt || c.openedAt.getTime() <= Date.now() - day);
    const answered = measured.filter((c) => c.firstResponseAt && c.firstResponseAt.getTime() - c.openedAt.getTime() <= day);
    expect(measured.length).toBeGreaterThan(0);
    expect(data.reports.totals.count).toBe(reports.length);
    expect(data.reports.totals.answeredWithin24HoursRate).toBeCloseTo(answered.length / measured.length, 10);
    expect(data.reports.totals.answeredWithin24HoursRate).toBeLessThan(1);
  });

  it('deprecated filter fields and row names still work and answer exactly as the new ones', async () => {
    const month = '2024-06';
    const pairs: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
      ['applications', { status: ['APPROVED', 'TERMINATED'] }, { statuses: ['APPROVED', 'TERMINATED'] }],
      ['applications', { submittedMonth: month }, { months: [month] }],
      ['supervisionCases', { status: ['OPEN'] }, { statuses: ['OPEN'] }],
      ['supervisionCases', { trigger: 'MULTIPLE_VISITS' }, { triggers: ['MULTIPLE_VISITS'] }],
      ['evaluations', { rating: ['SATISFIED'] }, { ratings: ['SATISFIED'] }],
      ['evaluations', { followUpStatus: 'RECTIFIED' }, { followUpStatuses: ['RECTIFIED'] }],
    ];
    for (const [list, old, current] of pairs) {
      const n = await count(list, current);
      expect(n).toBeGreaterThan(0);
      expect(await count(list, old)).toBe(n);
    }
    // both given: both must hold
    expect(await count('applications', { submittedMonth: month, months: ['2024-05'] })).toBe(0);
    expect(await count('applications', { submittedMonth: month, months: [month, '2024-05'] })).toBe(await count('applications', { months: [month] }));
    expect(await count('supervisionCases', { trigger: 'MULTIPLE_VISITS', triggers: ['OVERDUE'] })).toBe(0);

    const stats = dataOf(
      await sg.query(
        `{ approvalStatistics { byStatus { key label status statusLabel count } byMonth { key label month count }
             acceptedWithDeficiencyRate acceptedWithDeficiencyShare atMostOneVisitRate atMostOneVisitShare } }`,
        {},
        'ANALYST',
      ),
    ).approvalStatistics;
    for (const row of stats.byStatus) expect([row.status, row.statusLabel]).toEqual([row.key, row.label]);
    expect(stats.byStatus[0]).toMatchObject({ key: 'DRAFT', label: '草稿' });
    for (const row of stats.byMonth) expect(row.month).toBe(row.key);
    expect(stats.byMonth.find((r: any) => r.key === month).label).toBe('2024年6月');
    expect(stats.acceptedWithDeficiencyShare).toBe(stats.acceptedWithDeficiencyRate);
    expect(stats.atMostOneVisitShare).toBe(stats.atMostOneVisitRate);
  });

  it('overdueApplications takes the list’s filter and sort', async () => {
    const far = new Date(Date.now() + 400 * 86_400_000).toISOString();
    const query = `query ($f: ApplicationFilter, $s: ApplicationSort, $asOf: DateTime) { overdueApplications(asOf: $asOf, filter: $f, sort: $s, first: 100) { totalCount edges { node { id item { id } submittedAt } } } }`;
    const all = dataOf(await sg.query(query, { asOf: far }, 'POLICE')).overdueApplications;
    expect(all.totalCount).toBeGreaterThan(1);
    const itemId = all.edges[0].node.item.id;
    const ofItem = dataOf(
      await sg.query(query, { asOf: far, f: { itemIds: [itemId] }, s: { field: 'SUBMITTED_AT', direction: 'DESC' } }, 'POLICE'),
    ).overdueApplications;
    expect(ofItem.totalCount).toBe(all.edges.filter((e: any) => e.node.item.id === itemId).length);
    const submitted = ofItem.edges.map((e: any) => e.node.submittedAt);
    expect(submitted).toEqual([...submitted].sort().reverse());
  });

  it('an ENTERPRISE caller reads statistics and aggregates of its own enterprise only, the same figures an officer gets with its filter', async () => {
    const [top] = await sg.models.Application.aggregate<{ _id: any; n: number }>([
      { $match: { acceptedWithDeficiency: true } },
      { $group: { _id: '$enterpriseId', n: { $sum: 1 } } },
      { $sort: { n: -1, _id: 1 } },
      { $limit: 1 },
    ]);
    const X = String(top._id);
    const other = String((await sg.models.Application.findOne({ enterpriseId: { $ne: top._id } }).lean())!.enterpriseId);
    const asX: TestCaller = { role: 'ENTERPRISE', enterpriseId: X };
    const figures = `query ($f: ApplicationFilter, $e: EvaluationFilter, $c: SupervisionCaseFilter) {
      approvalStatistics(filter: $f) { byStatus { key count } byItem { key count } byMonth { key count } decidedCount onTimeRate acceptedWithDeficiencyRate atMostOneVisitRate evaluationCount satisfactionRate openSupervisionCaseCount }
      applicationAggregate(filter: $f, groupBy: [ITEM, ENTERPRISE]) { groups { keys { value } enterprise { id } count acceptedWithDeficiencyCount } totals { count decidedCount onTimeRate } }
      evaluationAggregate(filter: $e, groupBy: [ENTERPRISE]) { groups { enterprise { id } count } totals { count badCount } }
      supervisionCaseAggregate(filter: $c, groupBy: [ENTERPRISE]) { groups { enterprise { id } count } totals { count openCount } } }`;
    const own = dataOf(await sg.query(figures, {}, asX));
    const officer = dataOf(await sg.query(figures, { f: { enterpriseId: X }, e: { enterpriseId: X }, c: { enterpriseId: X } }, 'POLICE'));
    expect(own).toEqual(officer);
    expect(own.applicationAggregate.totals.count).toBe(await count('applications', { enterpriseId: X }));
    expect(own.applicationAggregate.totals.count).toBe(await count('applications', {}, asX));
    expect(own.applicationAggregate.groups.every((g: any) => g.enterprise.id === X)).toBe(true);
    expect(own.approvalStatistics.evaluationCount).toBe(own.evaluationAggregate.totals.count);
    expect(own.evaluationAggregate.totals.count).toBe(await count('evaluations', {}, asX));
    expect(own.supervisionCaseAggregate.totals.count).toBe(await count('supervisionCases', {}, asX));
    expect(sum(own.approvalStatistics.byItem, 'count')).toBeLessThan(160);
    // asking for another enterprise's figures finds nothing, as the list does
    const foreign = dataOf(await sg.query(figures, { f: { enterpriseId: other }, e: { enterpriseId: other }, c: { enterpriseId: other } }, asX));
    expect(foreign.applicationAggregate).toEqual({ groups: [], totals: { count: 0, decidedCount: 0, onTimeRate: null } });
    expect(foreign.approvalStatistics).toMatchObject({ decidedCount: 0, evaluationCount: 0, openSupervisionCaseCount: 0, byItem: [], byMonth: [] });
    expect(foreign.evaluationAggregate.totals.count).toBe(0);
    expect(foreign.supervisionCaseAggregate.totals.count).toBe(0);
  });
});
