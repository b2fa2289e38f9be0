import { demoId } from '@pecg/demo';
import { useTestSubgraph } from '@pecg/testing';
import { mediationSubgraph } from '../src';

type Key = { dimension: string; value: string | null; label: string };
type Group = Record<string, unknown> & { keys: Key[]; count: number };
const sum = (groups: Group[], field: string) => groups.reduce((n, g) => n + (g[field] as number), 0);

/**
 * The analysts' contract in the mediation subgraph (issue 17): one filter style (plural enum lists,
 * `months`, `…From`/`…Before`), typed count rows, rates in [0, 1], and the aggregates
 * (`disputeAggregate`, `legalConsultationAggregate`, `dutyShiftAggregate`) checked against the lists.
 */
describe('mediation analytics: filters, count rows and aggregates equal the lists', () => {
  const graph = useTestSubgraph(mediationSubgraph, { seed: true });

  const ok = async (query: string, variables: Record<string, unknown> = {}, caller: Parameters<typeof graph.query>[2] = 'ANALYST') => {
    const r = await graph.query(query, variables, caller);
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  const disputes = async (f: Record<string, unknown>) =>
    (await ok(`query ($f: DisputeFilter) { disputes(filter: $f, first: 1) { totalCount } }`, { f })).disputes.totalCount as number;
  const aggregate = async (groupBy: string[], fields: string, filter: Record<string, unknown> = {}, timeBucket = 'MONTH') =>
    (
      await ok(
        `query ($f: DisputeFilter, $g: [DisputeDimension!]!, $t: TimeBucket) { disputeAggregate(filter: $f, groupBy: $g, timeBucket: $t) {
          groups { keys { dimension value label } count ${fields} } totals { keys { value } count ${fields} } } }`,
        { f: filter, g: groupBy, t: timeBucket },
      )
    ).disputeAggregate as { groups: Group[]; totals: Group };

  describe('filters', () => {
    it('months replaces month (deprecated alias, same answer; both given, both hold); a bad month or range names the field', async () => {
      expect(await disputes({ months: ['2026-03'] })).toBe(await disputes({ month: '2026-03' }));
      expect(await disputes({ months: ['2026-03', '2026-04'] })).toBe((await disputes({ month: '2026-03' })) + (await disputes({ month: '2026-04' })));
      expect(await disputes({ months: ['2026-03'] })).toBeGreaterThan(0);
      expect(await disputes({ months: ['2026-04'], month: '2026-03' })).toBe(0);
      const bad = await graph.query(`{ disputes(filter: { months: ["2026-03", "2026-13"] }) { totalCount } }`);
      expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.months.1', value: '2026-13' });
      const range = await graph.query(`{ disputes(filter: { reportedFrom: "2026-04-01T00:00:00Z", reportedBefore: "2026-03-01T00:00:00Z" }) { totalCount } }`);
      expect(range.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.reportedFrom' });
    });

    it('grid, community and enterprise lists are "any of"', async () => {
      const [g1, g2] = [demoId('grid', 1).toHexString(), demoId('grid', 5).toHexString()];
      expect(await disputes({ gridIds: [g1, g2] })).toBe((await disputes({ gridId: g1 })) + (await disputes({ gridId: g2 })));
      const [c1, c2] = [demoId('community', 1).toHexString(), demoId('community', 2).toHexString()];
      expect(await disputes({ communityIds: [c1, c2] })).toBe((await disputes({ communityId: c1 })) + (await disputes({ communityId: c2 })));
    });

    it('consultations and duty shifts take months, a time range on their timestamp and the plural lists', async () => {
      const c = async (f: Record<string, unknown>) =>
        (await ok(`query ($f: LegalConsultationFilter) { legalConsultations(filter: $f, first: 1) { totalCount } }`, { f })).legalConsultations.totalCount;
      const s = async (f: Record<string, unknown>) =>
        (await ok(`query ($f: DutyShiftFilter) { dutyShifts(filter: $f, first: 1) { totalCount } }`, { f })).dutyShifts.totalCount;
      const { legalConsultations } = await ok(`{ legalConsultations(first: 1, sort: { field: ASKED_AT, direction: ASC }) { edges { node { askedAt } } } }`);
      const month = new Date(new Date(legalConsultations.edges[0].node.askedAt).getTime() + 8 * 3600_000).toISOString().slice(0, 7);
      expect(await c({ months: [month] })).toBe(await c({ month }));
      expect(await c({ months: [month] })).toBeGreaterThan(0);
      const from = `${month}-01T00:00:00+08:00`;
      expect(await c({ askedFrom: from })).toBeLessThanOrEqual(await c({}));
      expect(await c({ askedBefore: from })).toBe(0);
      const shifts = await ok(`{ dutyShifts(first: 1, sort: { field: STARTS_AT, direction: ASC }) { edges { node { startsAt } } } }`);
      const shiftMonth = new Date(new Date(shifts.dutyShifts.edges[0].node.startsAt).getTime() + 8 * 3600_000).toISOString().slice(0, 7);
      expect(await s({ months: [shiftMonth] })).toBe(await s({ month: shiftMonth }));
      expect(await s({ startsBefore: shifts.dutyShifts.edges[0].node.startsAt })).toBe(0);
      expect(await s({ startsFrom: shifts.dutyShifts.edges[0].node.startsAt })).toBe(await s({}));
      expect((await s({ outcomes: ['QUIET'] })) + (await s({ outcomes: ['DISPUTE_FOUND', 'DISPUTE_RESOLVED', 'REFERRED'] }))).toBe(await s({}));
      const bad = await graph.query(`{ dutyShifts(filter: { startsFrom: "2026-04-01T00:00:00Z", startsBefore: "2026-03-01T00:00:00Z" }) { totalCount } }`);
      expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.startsFrom' });
    });

    it('overdueDisputes takes the disputes filter and a sort', async () => {
      const q = `query ($f: DisputeFilter, $s: OverdueDisputeSort) { overdueDisputes(rule: FOLLOW_UP, filter: $f, sort: $s, first: 100) { totalCount edges { node { id kind reportedAt } } } }`;
      const all = (await ok(q)).overdueDisputes;
      expect(all.totalCount).toBeGreaterThan(0);
      const kind = all.edges[0].node.kind;
      const some = (await ok(q, { f: { kinds: [kind] }, s: { field: 'REPORTED_AT', direction: 'DESC' } })).overdueDisputes;
      expect(some.totalCount).toBe(all.edges.filter((e: { node: { kind: string } }) => e.node.kind === kind).length);
      const times = some.edges.map((e: { node: { reportedAt: string } }) => Date.parse(e.node.reportedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });
  });

  describe('statistics: typed count rows and rates', () => {
    it('the typed rows equal the deprecated untyped ones; every rate is in [0, 1]', async () => {
      const { disputeStatistics: s } = await ok(`{ disputeStatistics {
        total kindCounts { key label count } byKind { key label count } statusCounts { key label count } byStatus { key label count }
        levelCounts { key label count } byLevel { key label count } channelCounts { key label count } byChannel { key label count }
        urgencyCounts { key label count } byUrgency { key label count } resolvedLevelCounts { key label count } resolvedByLevel { key label count }
        communityLocalResolution { key label community { name } count resolvedLocallyCount localResolutionRate }
        localResolutionByCommunity { key label closed resolvedLocally rate }
        kindLocalResolution { key label count resolvedLocallyCount localResolutionRate } localResolutionByKind { key label closed resolvedLocally rate }
        byGrid { key label grid { id name } count } byMonth { key label month count }
        closedWithinMonthRate closedWithinMonthShare followUpRate followUpCoverage
        localResolutionRate escalationRate performanceRate judicialConfirmationRate } }`);
      for (const [typed, old] of [
        ['kindCounts', 'byKind'],
        ['statusCounts', 'byStatus'],
        ['levelCounts', 'byLevel'],
        ['channelCounts', 'byChannel'],
        ['urgencyCounts', 'byUrgency'],
        ['resolvedLevelCounts', 'resolvedByLevel'],
      ])
        expect(s[typed]).toEqual(s[old]);
      expect(s.kindCounts.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(s.total);
      const old = (rows: Array<{ key: string; label: string; closed: number; resolvedLocally: number; rate: number }>) =>
        rows.map((r) => ({ key: r.key, label: r.label, count: r.closed, resolvedLocallyCount: r.resolvedLocally, localResolutionRate: r.rate }));
      expect(s.kindLocalResolution).toEqual(old(s.localResolutionByKind));
      expect(s.communityLocalResolution.map(({ community, ...rest }: { community: { name: string } }) => ({ ...rest, name: community.name }))).toEqual(
        old(s.localResolutionByCommunity).map((r) => ({ ...r, name: r.label })),
      );
      for (const row of s.byGrid) expect(row).toMatchObject({ key: row.grid.id, label: row.grid.name });
      for (const row of s.byMonth) expect(row.key).toBe(row.month);
      expect(s.closedWithinMonthRate).toBe(s.closedWithinMonthShare);
      expect(s.followUpRate).toBe(s.followUpCoverage);
      for (const rate of ['closedWithinMonthRate', 'followUpRate', 'localResolutionRate', 'escalationRate', 'performanceRate', 'judicialConfirmationRate']) {
        expect(s[rate]).toBeGreaterThanOrEqual(0);
        expect(s[rate]).toBeLessThanOrEqual(1);
      }
    });

    it('shift, volunteer and consultation rows carry key and label (old names still answer)', async () => {
      const data = await ok(`{
        dutyShiftStatistics { total byOutcome { key outcome label count } byGrid { key label grid { name } count } byMonth { key label count }
          byGridAndMonth { key label grid { id } month monthLabel count } }
        volunteerStatistics { byDuty { key label duty dutyLabel count } }
        legalConsultationStatistics { total statusCounts { key label count } byStatus { key label count } channelCounts { key label count } byChannel { key label count } } }`);
      const { dutyShiftStatistics: d, volunteerStatistics: v, legalConsultationStatistics: c } = data;
      for (const row of d.byOutcome) expect(row.key).toBe(row.outcome);
      for (const rows of [d.byGrid, d.byMonth, d.byGridAndMonth]) expect(rows.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(d.total);
      for (const row of d.byGrid) expect(row.label).toBe(row.grid.name);
      for (const row of d.byGridAndMonth) expect(row.key).toBe(row.grid.id);
      for (const row of v.byDuty) expect([row.key, row.label]).toEqual([row.duty, row.dutyLabel]);
      expect(c.statusCounts).toEqual(c.byStatus);
      expect(c.channelCounts).toEqual(c.byChannel);
    });
  });

  describe('disputeAggregate', () => {
    const MEASURES = `resolvedCount closedCount resolvedLocallyCount localResolutionRate escalatedCount escalationRate closedWithinMonthCount closedWithinMonthRate
      performedCount performanceRate judiciallyConfirmedCount judicialConfirmationRate followedUpCount followUpRate followUpsDueCount followUpsOverdueCount
      averageDaysToResolve ratedCount averageSatisfaction community { id name } grid { id } enterprise { id }`;

    it('矛盾不上交 by community and kind, in one query: each group is a count of the list', async () => {
      const { groups, totals } = await aggregate(['COMMUNITY', 'KIND'], MEASURES);
      expect(groups.length).toBeGreaterThan(2);
      expect(totals.count).toBe(await disputes({}));
      expect(totals.keys).toEqual([]);
      for (const field of ['count', 'closedCount', 'resolvedLocallyCount', 'escalatedCount', 'resolvedCount']) expect(totals[field]).toBe(sum(groups, field));
      const stats = (await ok(`{ disputeStatistics { localResolutionRate closed closedResolvedLocally escalated } }`)).disputeStatistics;
      expect(totals.closedCount).toBe(stats.closed);
      expect(totals.localResolutionRate).toBeCloseTo(stats.localResolutionRate, 10);
      for (const g of groups) {
        const [community, kind] = g.keys;
        expect([community.dimension, kind.dimension]).toEqual(['COMMUNITY', 'KIND']);
        expect(community.label).toBe((g.community as { name: string }).name);
        const f = { communityId: community.value, kinds: [kind.value] };
        expect(g.count).toBe(await disputes(f));
        expect(g.closedCount).toBe(await disputes({ ...f, statuses: ['CLOSED'] }));
        expect(g.resolvedLocallyCount).toBe(await disputes({ ...f, statuses: ['CLOSED'], resolved: true, levels: ['GRID', 'COMMUNITY'] }));
        expect(g.localResolutionRate).toBe(g.closedCount ? (g.resolvedLocallyCount as number) / (g.closedCount as number) : null);
      }
      const rates = ['localResolutionRate', 'escalationRate', 'closedWithinMonthRate', 'performanceRate', 'judicialConfirmationRate', 'followUpRate'];
      for (const g of [...groups, totals]) for (const rate of rates) if (g[rate] !== null) expect(g[rate]).toEqual(expect.any(Number));
      for (const g of [...groups, totals])
        for (const rate of rates) if (g[rate] !== null) expect((g[rate] as number) >= 0 && (g[rate] as number) <= 1).toBe(true);
    });

    it('escalations by month, in one query', async () => {
      const { groups, totals } = await aggregate(['TIME'], 'escalatedCount escalationRate');
      expect(groups.map((g) => g.keys[0].value)).toEqual([...groups.map((g) => g.keys[0].value)].sort());
      for (const g of groups) {
        expect(g.keys[0].label).toMatch(/^\d{4}年\d{1,2}月$/);
        expect(g.count).toBe(await disputes({ months: [g.keys[0].value] }));
        expect(g.escalatedCount).toBe(await disputes({ months: [g.keys[0].value], escalated: true }));
      }
      expect(totals.escalatedCount).toBe(await disputes({ escalated: true }));
      const quarters = await aggregate(['TIME'], 'escalatedCount', {}, 'QUARTER');
      expect(quarters.totals.count).toBe(totals.count);
      for (const g of quarters.groups) expect(g.keys[0].value).toMatch(/^\d{4}-Q[1-4]$/);
    });

    it('follow-ups due and overdue, in one query, equal the records and the FOLLOW_UP overdue list', async () => {
      const { totals, groups } = await aggregate(['KIND'], 'followUpsDueCount followUpsOverdueCount');
      const due = await graph.models.Dispute.countDocuments({
        status: { $in: ['AGREEMENT_REACHED', 'CONFIRMATION_APPLIED', 'JUDICIALLY_CONFIRMED'] },
        'followUps.0': { $exists: false },
      });
      expect(totals.followUpsDueCount).toBe(due);
      const overdue = (await ok(`{ overdueDisputes(rule: FOLLOW_UP, first: 1) { totalCount } }`)).overdueDisputes.totalCount;
      expect(totals.followUpsOverdueCount).toBe(overdue);
      expect(overdue).toBeGreaterThan(0);
      expect(sum(groups, 'followUpsOverdueCount')).toBe(overdue);
    });

    it('every single dimension partitions the disputes; enum groups in declaration order with Chinese labels', async () => {
      const total = await disputes({});
      for (const dimension of ['COMMUNITY', 'GRID', 'KIND', 'LEVEL', 'STATUS', 'CHANNEL', 'URGENCY', 'RESOLVED_LEVEL', 'TIME']) {
        const { groups, totals } = await aggregate([dimension], 'resolvedCount');
        expect(sum(groups, 'count')).toBe(total);
        expect(totals.count).toBe(total);
        for (const g of groups) expect(g.keys[0].label).not.toBe('');
      }
      const { groups } = await aggregate(['STATUS'], '');
      expect(groups[0].keys[0]).toEqual({ dimension: 'STATUS', value: 'REPORTED', label: '已登记' });
      for (const g of groups) expect(g.count).toBe(await disputes({ statuses: [g.keys[0].value] }));
    });

    it('an enterprise or a mediator: a dispute counts in each of its groups, each group equal to the list for that record', async () => {
      const byEnterprise = await aggregate(['ENTERPRISE'], 'enterprise { id }');
      expect(byEnterprise.groups.length).toBeGreaterThan(3);
      for (const g of byEnterprise.groups) {
        if (g.keys[0].value === null) {
          expect(g.enterprise).toBeNull();
          expect(g.count).toBe(await graph.models.Dispute.countDocuments({ 'enterpriseIds.0': { $exists: false } }));
        } else {
          expect(g.enterprise).toEqual({ id: g.keys[0].value });
          expect(g.count).toBe(await disputes({ enterpriseId: g.keys[0].value }));
        }
      }
      const byMediator = await aggregate(['MEDIATOR', 'KIND'], '');
      for (const g of byMediator.groups.filter((x) => x.keys[0].value).slice(0, 8))
        expect(g.count).toBe(await disputes({ mediatorId: g.keys[0].value, kinds: [g.keys[1].value] }));
    });

    it('takes the list filter; no groupBy gives one group equal to totals; a bad groupBy is named', async () => {
      const months = (await aggregate(['TIME'], '')).groups.slice(-2).map((g) => g.keys[0].value);
      const filter = { kinds: ['TOURIST', 'ENTERPRISE_RELATED'], months };
      const { groups, totals } = await aggregate([], 'escalatedCount', filter);
      expect(totals.count).toBeGreaterThan(0);
      expect(groups).toEqual([{ ...totals, keys: [] }]);
      expect(totals.count).toBe(await disputes(filter));
      const four = await graph.query(`{ disputeAggregate(groupBy: [KIND, STATUS, LEVEL, TIME]) { totals { count } } }`);
      expect(four.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupBy' });
      const twice = await graph.query(`{ disputeAggregate(groupBy: [KIND, KIND]) { totals { count } } }`);
      expect(twice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupBy' });
      const badMonth = await graph.query(`{ disputeAggregate(filter: { months: ["2026-3"] }) { totals { count } } }`);
      expect(badMonth.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.months.0' });
    });
  });

  describe('consultation and duty-shift aggregates', () => {
    it('legal consultations by channel and month equal the list', async () => {
      const { legalConsultationAggregate: a } = await ok(`{ legalConsultationAggregate(groupBy: [CHANNEL, TIME]) {
        groups { keys { value label } count answeredCount referredToDisputeCount answeredRate referredToDisputeRate } totals { count answeredCount referredToDisputeCount } } }`);
      const c = async (f: Record<string, unknown>) =>
        (await ok(`query ($f: LegalConsultationFilter) { legalConsultations(filter: $f, first: 1) { totalCount } }`, { f })).legalConsultations.totalCount;
      expect(a.totals.count).toBe(await c({}));
      expect(a.totals.count).toBe(sum(a.groups, 'count'));
      expect(a.totals.answeredCount).toBe(await c({ statuses: ['ANSWERED', 'FOLLOWED_BY_DISPUTE'] }));
      expect(a.totals.referredToDisputeCount).toBe(await c({ statuses: ['FOLLOWED_BY_DISPUTE'] }));
      for (const g of a.groups) {
        expect(g.count).toBe(await c({ channels: [g.keys[0].value], months: [g.keys[1].value] }));
        for (const rate of [g.answeredRate, g.referredToDisputeRate]) if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
      }
    });

    it('volunteers by community and duty, and by month joined, equal the list (months and joinedFrom/joinedBefore filters)', async () => {
      const v = async (f: Record<string, unknown>) =>
        (await ok(`query ($f: VolunteerFilter) { volunteers(filter: $f, first: 1) { totalCount } }`, { f })).volunteers.totalCount;
      const { volunteerAggregate: a } = await ok(`{ volunteerAggregate(groupBy: [COMMUNITY, DUTY]) {
        groups { keys { value label } community { name } count activeCount activeRate } totals { count activeCount } } }`);
      expect(a.groups.length).toBeGreaterThan(1);
      for (const g of a.groups) {
        expect(g.keys[0].label).toBe(g.community.name);
        expect(g.count).toBe(await v({ communityId: g.keys[0].value, duties: [g.keys[1].value] }));
        expect(g.activeCount).toBe(await v({ communityId: g.keys[0].value, duties: [g.keys[1].value], active: true }));
      }
      const { volunteerAggregate: byMonth } = await ok(`{ volunteerAggregate(groupBy: [TIME]) { groups { keys { value } count } totals { count } } }`);
      expect(byMonth.totals.count).toBe(await v({}));
      for (const g of byMonth.groups.slice(0, 6)) expect(g.count).toBe(await v({ months: [g.keys[0].value] }));
      const first = byMonth.groups[0].keys[0].value as string;
      expect(await v({ joinedBefore: `${first}-01` })).toBe(0);
      expect(await v({ joinedFrom: `${first}-01` })).toBe(byMonth.totals.count);
      // several months are any of them; an empty list matches nothing, null is no condition; a month and a range on the same timestamp both hold
      const [m1, m2] = byMonth.groups.slice(0, 2);
      expect(await v({ months: [m1.keys[0].value, m2.keys[0].value] })).toBe(m1.count + m2.count);
      expect(await v({ months: [] })).toBe(0); // an empty list matches nothing
      expect(await v({ months: null })).toBe(byMonth.totals.count);
      expect(await v({ months: [m1.keys[0].value], joinedBefore: `${first}-01` })).toBe(0);
      const bad = await graph.query(`{ volunteers(filter: { months: ["2026-00"] }) { totalCount } }`);
      expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.months.0' });
    });

    it('duty shifts by grid and month equal the statistics; hours are the shifts lengths', async () => {
      const data =
        await ok(`{ dutyShiftAggregate(groupBy: [GRID, TIME]) { groups { keys { value label } grid { id name } count dutyHours disputesFoundCount settledOnTheSpotCount settledOnTheSpotRate }
        totals { count dutyHours averageShiftHours } }
        dutyShiftStatistics { total byGridAndMonth { key month count } } }`);
      const { dutyShiftAggregate: a, dutyShiftStatistics: s } = data;
      expect(a.totals.count).toBe(s.total);
      expect(a.groups.map((g: Group) => ({ key: g.keys[0].value, month: g.keys[1].value, count: g.count }))).toEqual(s.byGridAndMonth);
      for (const g of a.groups) expect(g.keys[0].label).toBe(g.grid.name);
      const shifts = await graph.models.DutyShift.find({}, { startsAt: 1, endsAt: 1 }).lean();
      const hours = shifts.reduce((n, x) => n + (x.endsAt.getTime() - x.startsAt.getTime()) / 3600_000, 0);
      expect(a.totals.dutyHours).toBeCloseTo(hours, 6);
      expect(a.totals.averageShiftHours).toBeCloseTo(hours / shifts.length, 6);
    });
  });
});
