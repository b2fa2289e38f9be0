import { useTestSubgraph, type TestCaller } from '@pecg/testing';
import { approvalsSubgraph } from '../src';
import { dataOf, E, errorOf } from './helpers';

/**
 * The analysts' contract (issue 17 items 1–2) on the demo data: the three questions of the issue's
 * "Why", each one query, checked against the list with the same filter (`totalCount`) and against the
 * records themselves; statistics that take the list's filter; totals equal to the sum of the groups.
 */
describe('approvals analytics: the issue’s questions, each one query, checked against the records', () => {
  const sg = useTestSubgraph(approvalsSubgraph, { seed: true });
  const total = async (filter: Record<string, unknown>, caller: TestCaller = 'ANALYST') =>
    dataOf(await sg.query(`query ($f: ApplicationFilter) { applications(filter: $f, first: 1) { totalCount } }`, { f: filter }, caller)).applications
      .totalCount as number;
  const sum = (rows: any[], field: string) => rows.reduce((s, r) => s + r[field], 0);

  it('“容缺受理 by approval item: accepted with deficiency, fulfilled on time, terminated” is one query', async () => {
    const { applicationAggregate: agg } = dataOf(
      await sg.query(
        `{ applicationAggregate(groupBy: [ITEM]) {
            groups { keys { dimension value label } item { id name } count acceptedWithDeficiencyCount deficiencyFulfilledOnTimeCount deficiencyTerminatedCount deficiencyPendingCount deficiencyFulfilmentRate }
            totals { keys { value } count acceptedWithDeficiencyCount deficiencyFulfilledOnTimeCount deficiencyTerminatedCount deficiencyFulfilmentRate } } }`,
        {},
        'ANALYST',
      ),
    );
    expect(agg.groups).toHaveLength(19);
    expect(agg.totals.keys).toEqual([]);
    for (const field of ['count', 'acceptedWithDeficiencyCount', 'deficiencyFulfilledOnTimeCount', 'deficiencyTerminatedCount'])
      expect(agg.totals[field]).toBe(sum(agg.groups, field));
    expect(agg.totals.count).toBe(160);
    expect(agg.totals.acceptedWithDeficiencyCount).toBeGreaterThan(0);
    expect(agg.totals.deficiencyFulfilledOnTimeCount).toBeGreaterThan(0);
    expect(agg.totals.deficiencyTerminatedCount).toBeGreaterThan(0);
    for (const group of agg.groups) {
      const [key] = group.keys;
      expect(key).toEqual({ dimension: 'ITEM', value: group.item.id, label: group.item.name });
      expect(group.count).toBe(await total({ itemId: key.value }));
      expect(group.acceptedWithDeficiencyCount).toBe(await total({ itemId: key.value, acceptedWithDeficiency: true }));
      const byCommitment = async (status: string) => sg.models.Application.countDocuments({ itemId: key.value, 'commitment.status': status });
      expect(group.deficiencyFulfilledOnTimeCount).toBe(await byCommitment('FULFILLED'));
      expect(group.deficiencyTerminatedCount).toBe(await byCommitment('LAPSED'));
      expect(group.deficiencyTerminatedCount).toBe(await sg.models.Application.countDocuments({ itemId: key.value, status: 'TERMINATED' }));
      const settled = group.deficiencyFulfilledOnTimeCount + group.deficiencyTerminatedCount;
      expect(group.deficiencyFulfilmentRate).toBe(settled ? group.deficiencyFulfilledOnTimeCount / settled : null);
    }
    // groups in item id order; the totals rate is over every settled commitment
    const ids = agg.groups.map((g: any) => g.keys[0].value);
    expect(ids).toEqual([...ids].sort());
    const settled = agg.totals.deficiencyFulfilledOnTimeCount + agg.totals.deficiencyTerminatedCount;
    expect(agg.totals.deficiencyFulfilmentRate).toBeCloseTo(agg.totals.deficiencyFulfilledOnTimeCount / settled, 10);
  });

  it('“share of applications with at most one visit, by month” is one query; each month checked against the list', async () => {
    const { applicationAggregate: agg } = dataOf(
      await sg.query(
        `{ applicationAggregate(groupBy: [TIME], timeBucket: MONTH) { groups { keys { dimension value label } count atMostOneVisitRate multipleVisitCount } totals { count atMostOneVisitRate } } }`,
        {},
        'ANALYST',
      ),
    );
    const [drafts, ...months] = agg.groups;
    // never submitted (drafts): no month, nothing to measure
    expect(drafts.keys).toEqual([{ dimension: 'TIME', value: null, label: '未填写' }]);
    expect(drafts.atMostOneVisitRate).toBeNull();
    expect(drafts.count).toBe(await sg.models.Application.countDocuments({ submittedAt: null }));
    expect(months.length).toBeGreaterThan(12);
    const keys = months.map((g: any) => g.keys[0].value);
    expect(keys).toEqual([...keys].sort());
    for (const group of months) {
      const month = group.keys[0].value as string;
      expect(month).toMatch(/^\d{4}-\d{2}$/);
      expect(group.keys[0].label).toBe(`${month.slice(0, 4)}年${Number(month.slice(5))}月`);
      expect(group.count).toBe(await total({ months: [month] }));
      const oneVisit = await total({ months: [month], multipleVisits: false });
      expect(group.atMostOneVisitRate).toBeCloseTo(oneVisit / group.count, 10);
      expect(group.multipleVisitCount).toBe(group.count - oneVisit);
    }
    expect(agg.totals.count).toBe(sum(agg.groups, 'count'));
    const stats = dataOf(await sg.query(`{ approvalStatistics { atMostOneVisitRate } }`, {}, 'ANALYST')).approvalStatistics;
    expect(agg.totals.atMostOneVisitRate).toBeCloseTo(stats.atMostOneVisitRate, 10);
  });

  it('“on-time rate by item” is one query and agrees with the decided records and the statistics’ item performance', async () => {
    const data = dataOf(
      await sg.query(
        `{ applicationAggregate(groupBy: [ITEM]) { groups { keys { value } decidedCount onTimeRate withinPromiseRate averageWorkingDaysToDecision } totals { onTimeRate } }
           approvalStatistics { onTimeRate itemPerformance { item { id } onTimeRate withinPromiseRate } } }`,
        {},
        'ANALYST',
      ),
    );
    const performance = new Map(data.approvalStatistics.itemPerformance.map((p: any) => [p.item.id, p]));
    let measured = 0;
    for (const group of data.applicationAggregate.groups) {
      const itemId = group.keys[0].value;
      const onTime = await sg.models.Application.countDocuments({ itemId, decidedOnTime: true });
      const late = await sg.models.Application.countDocuments({ itemId, decidedOnTime: false });
      expect(group.onTimeRate).toBe(onTime + late ? onTime / (onTime + late) : null);
      expect(group.decidedCount).toBe(await sg.models.Application.countDocuments({ itemId, decidedAt: { $ne: null } }));
      const p: any = performance.get(itemId);
      if (p) expect([group.onTimeRate, group.withinPromiseRate]).toEqual([p.onTimeRate, p.withinPromiseRate]);
      measured += onTime + late;
    }
    expect(measured).toBeGreaterThan(0);
    expect(data.applicationAggregate.totals.onTimeRate).toBeCloseTo(data.approvalStatistics.onTimeRate, 10);
  });

  it('approvalStatistics takes the list’s filter and counts exactly what the list returns with it', async () => {
    const month = '2024-06';
    const enterprise = (await sg.models.Application.findOne({ submittedMonth: month }).lean())!.enterpriseId.toHexString();
    const filters = [
      {},
      { enterpriseId: enterprise },
      { months: [month] },
      { statuses: ['APPROVED', 'DENIED'] },
      { procedureKinds: ['FILING'] },
      { submittedFrom: '2024-01-01T00:00:00+08:00', submittedBefore: '2024-07-01T00:00:00+08:00', acceptedWithDeficiency: false },
    ];
    for (const filter of filters) {
      const stats = dataOf(
        await sg.query(
          `query ($f: ApplicationFilter) { approvalStatistics(filter: $f) { byStatus { key label count } byItem { key label item { id name } count } byMonth { key label count } decidedCount } }`,
          { f: filter },
          'ANALYST',
        ),
      ).approvalStatistics;
      const count = await total(filter);
      expect(sum(stats.byStatus, 'count')).toBe(count);
      expect(sum(stats.byItem, 'count')).toBe(count);
      for (const row of stats.byItem) expect(row).toMatchObject({ key: row.item.id, label: row.item.name });
      // the deprecated `status` and `statuses` given together: both hold
      for (const row of stats.byStatus) expect(row.count).toBe(await total({ ...filter, status: [row.key] }));
      const drafts = await total({ ...filter, status: ['DRAFT'] });
      expect(sum(stats.byMonth, 'count')).toBe(count - drafts);
      const agg = dataOf(
        await sg.query(`query ($f: ApplicationFilter) { applicationAggregate(filter: $f) { totals { count decidedCount } } }`, { f: filter }, 'ANALYST'),
      ).applicationAggregate;
      expect(agg.totals).toEqual({ count, decidedCount: stats.decidedCount });
    }
    const filings = dataOf(await sg.query(`{ approvalStatistics(filter: { procedureKinds: [FILING] }) { byItem { item { procedureKind } } } }`, {}, 'ANALYST'));
    expect(new Set(filings.approvalStatistics.byItem.map((r: any) => r.item.procedureKind))).toEqual(new Set(['FILING']));
  });

  it('groups by two dimensions and every time bucket: keys in groupBy order, totals the sum of the groups', async () => {
    for (const timeBucket of ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR']) {
      const agg = dataOf(
        await sg.query(
          `query ($b: TimeBucket) { applicationAggregate(groupBy: [PROCEDURE_KIND, TIME], timeBucket: $b) { groups { keys { dimension value label } count decidedCount } totals { count decidedCount } } }`,
          { b: timeBucket },
          'ANALYST',
        ),
      ).applicationAggregate;
      expect(agg.totals.count).toBe(160);
      expect(sum(agg.groups, 'count')).toBe(160);
      expect(sum(agg.groups, 'decidedCount')).toBe(agg.totals.decidedCount);
      for (const group of agg.groups) expect(group.keys.map((k: any) => k.dimension)).toEqual(['PROCEDURE_KIND', 'TIME']);
      const pattern = { DAY: /^\d{4}-\d{2}-\d{2}$/, WEEK: /^\d{4}-W\d{2}$/, MONTH: /^\d{4}-\d{2}$/, QUARTER: /^\d{4}-Q[1-4]$/, YEAR: /^\d{4}$/ }[timeBucket]!;
      for (const group of agg.groups.filter((g: any) => g.keys[1].value !== null)) expect(group.keys[1].value).toMatch(pattern);
      // enum values in declaration order: PERMIT (行政许可) before FILING (备案)
      expect([...new Set(agg.groups.map((g: any) => g.keys[0].label))]).toEqual(['行政许可', '备案']);
    }
    const permits = await total({ procedureKinds: ['PERMIT'] });
    const byKind = dataOf(await sg.query(`{ applicationAggregate(groupBy: [PROCEDURE_KIND]) { groups { keys { value } count } } }`, {}, 'ANALYST'))
      .applicationAggregate.groups;
    expect(byKind).toEqual([
      { keys: [{ value: 'PERMIT' }], count: permits },
      { keys: [{ value: 'FILING' }], count: 160 - permits },
    ]);
  });

  it('status, 容缺 and enterprise groups match the list; an ENTERPRISE group carries the enterprise reference', async () => {
    const agg = dataOf(
      await sg.query(
        `{ applicationAggregate(groupBy: [STATUS, ACCEPTED_WITH_DEFICIENCY]) { groups { keys { value label } count } }
           byEnterprise: applicationAggregate(groupBy: [ENTERPRISE]) { groups { keys { value } enterprise { id } count } } }`,
        {},
        'ANALYST',
      ),
    );
    for (const group of agg.applicationAggregate.groups) {
      const [status, deficiency] = group.keys;
      expect(deficiency.label).toBe(deficiency.value === 'true' ? '是' : '否');
      expect(group.count).toBe(await total({ statuses: [status.value], acceptedWithDeficiency: deficiency.value === 'true' }));
    }
    expect(agg.applicationAggregate.groups[0].keys[0]).toEqual({ value: 'DRAFT', label: '草稿' });
    for (const group of agg.byEnterprise.groups.slice(0, 10)) {
      expect(group.enterprise).toEqual({ id: group.keys[0].value });
      expect(group.count).toBe(await total({ enterpriseId: group.keys[0].value }));
    }
    expect(sum(agg.byEnterprise.groups, 'count')).toBe(160);
  });

  it('an aggregate is one aggregation in the database (item names: one read of the catalogue for the items present)', async () => {
    const trips = async (query: string) => {
      sg.db.roundTrips.reset();
      dataOf(await sg.query(query, {}, 'ANALYST'));
      return Object.fromEntries(sg.db.roundTrips.byCommand);
    };
    const measures =
      'count decidedCount onTimeRate withinPromiseRate acceptedWithDeficiencyCount deficiencyFulfilmentRate atMostOneVisitRate averageWorkingDaysToDecision';
    expect(
      await trips(`{ applicationAggregate(groupBy: [STATUS, PROCEDURE_KIND, TIME]) { groups { keys { label } ${measures} } totals { ${measures} } } }`),
    ).toEqual({
      aggregate: 1,
    });
    expect(await trips(`{ applicationAggregate(groupBy: [ITEM]) { groups { keys { label } ${measures} } } }`)).toEqual({ aggregate: 1, find: 1 });
    expect(await trips(`{ supervisionCaseAggregate(groupBy: [TRIGGER, TIME]) { groups { count answeredWithin24HoursRate } } }`)).toEqual({ aggregate: 1 });
  });

  it('every rate is in [0, 1], in the statistics and in every group', async () => {
    const data = dataOf(
      await sg.query(
        `{ approvalStatistics { onTimeRate withinPromiseRate acceptedWithDeficiencyRate commitmentFulfilmentRate atMostOneVisitRate satisfactionRate callBackRate itemPerformance { onTimeRate withinPromiseRate } }
           applicationAggregate(groupBy: [ITEM, TIME], timeBucket: YEAR) { groups { onTimeRate withinPromiseRate acceptedWithDeficiencyRate deficiencyFulfilmentRate atMostOneVisitRate } }
           evaluationAggregate(groupBy: [ITEM]) { groups { satisfactionRate callBackRate } }
           supervisionCaseAggregate(groupBy: [TRIGGER]) { groups { answeredWithin24HoursRate } } }`,
        {},
        'ANALYST',
      ),
    );
    const rates: number[] = [];
    const collect = (value: unknown, name = ''): void => {
      if (Array.isArray(value)) value.forEach((v) => collect(v, name));
      else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => collect(v, k));
      else if (name.endsWith('Rate') && value !== null) rates.push(value as number);
    };
    collect(data);
    expect(rates.length).toBeGreaterThan(100);
    for (const rate of rates) {
      expect(rate).toBeGreaterThanOrEqual(0);
      expect(rate).toBeLessThanOrEqual(1);
    }
  });

  it('bad input names the field: too many or repeated dimensions, a malformed month, a range the wrong way round, a page over 100', async () => {
    const error = async (query: string) => errorOf(await sg.query(query, {}, 'ANALYST'));
    for (const query of [
      `{ applicationAggregate(groupBy: [ITEM, STATUS, ENTERPRISE, TIME]) { totals { count } } }`,
      `{ applicationAggregate(groupBy: [ITEM, ITEM]) { totals { count } } }`,
      `{ evaluationAggregate(groupBy: [RATING, ITEM, ENTERPRISE, TIME]) { totals { count } } }`,
      `{ supervisionCaseAggregate(groupBy: [TRIGGER, TRIGGER]) { totals { count } } }`,
    ])
      expect(await error(query)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'groupBy' } });
    expect(await error(`{ applicationAggregate(filter: { months: ["2024-13"] }) { totals { count } } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'filter.months.0', value: '2024-13' },
    });
    expect(await error(`{ approvalStatistics(filter: { months: ["2024-03", "March"] }) { decidedCount } }`)).toMatchObject({
      extensions: { field: 'filter.months.1' },
    });
    expect(await error(`{ supervisionCases(filter: { months: ["2024-3"] }) { totalCount } }`)).toMatchObject({ extensions: { field: 'filter.months.0' } });
    expect(await error(`{ evaluations(filter: { months: ["24-03"] }) { totalCount } }`)).toMatchObject({ extensions: { field: 'filter.months.0' } });
    const backwards = await error(
      `{ applications(filter: { submittedFrom: "2024-06-01T00:00:00Z", submittedBefore: "2024-01-01T00:00:00Z" }) { totalCount } }`,
    );
    expect(backwards).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'filter.submittedFrom' } });
    expect(await error(`{ applications(first: 101) { totalCount } }`)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'first' } });
    expect(await error(`{ overdueApplications(first: 101) { totalCount } }`)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'first' } });
    expect(
      await error(
        `{ enterprise: _entities(representations: [{ __typename: "Enterprise", id: "${E(1)}" }]) { ... on Enterprise { applications(first: 101) { id } } } }`,
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'first' },
    });
  });
});
