import { demoEnterpriseId, demoId } from '@pecg/demo';
import { useTestSubgraph } from '@pecg/testing';
import { activitiesSubgraph } from '../src';
import { planOpenActivity, REGISTER } from './helpers';

/**
 * Issue 17 item 1 in the activities subgraph (the analysts' contract): months and …From/…Before filter
 * lists, statistics and aggregates alike; statistics take the whole list filter; count rows are
 * { key label count } with the old names as deprecated aliases giving the same answers; ENTERPRISE
 * callers read statistics and aggregates scoped to their own registrations; bad input names its field.
 */
type Key = { dimension: string; value: string | null; label: string };
type Group = Record<string, number | null> & { keys: Key[] };
const E1 = demoEnterpriseId(1).toHexString();
const asE1 = { role: 'ENTERPRISE' as const, enterpriseId: E1, subject: 'e1-analyst' };

describe('activities: one analysts’ contract for filters, statistics and count rows', () => {
  const graph = useTestSubgraph(activitiesSubgraph, { seed: true });

  const ok = async (query: string, variables: Record<string, unknown> = {}, caller: Parameters<typeof graph.query>[2] = 'ANALYST') => {
    const result = await graph.query(query, variables, caller);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const activityCount = async (filter: Record<string, unknown>, caller: Parameters<typeof graph.query>[2] = 'ANALYST') =>
    (await ok(`query ($f: ActivityFilter) { activities(filter: $f, first: 1) { totalCount } }`, { f: filter }, caller)).activities.totalCount as number;
  const registrationCount = async (filter: Record<string, unknown>, caller: Parameters<typeof graph.query>[2] = 'ANALYST') =>
    (await ok(`query ($f: RegistrationFilter) { registrations(filter: $f, first: 1) { totalCount } }`, { f: filter }, caller)).registrations
      .totalCount as number;
  const expectRate = (rate: number | null) => {
    if (rate !== null) {
      expect(rate).toBeGreaterThanOrEqual(0);
      expect(rate).toBeLessThanOrEqual(1);
    }
  };

  it('months and …From/…Before filter lists, statistics and aggregates alike; activity time of registrations too', async () => {
    const august = { months: ['2023-08'] };
    const range = { startsFrom: '2023-08-01T00:00:00+08:00', startsBefore: '2023-09-01T00:00:00+08:00' };
    const inAugust = await activityCount(august);
    expect(inAugust).toBeGreaterThan(0);
    expect(await activityCount(range)).toBe(inAugust);
    expect(await activityCount({ months: ['2023-08', '2023-09'] })).toBe(inAugust + (await activityCount({ months: ['2023-09'] })));
    expect(await activityCount({ ...august, startsFrom: '2023-09-01T00:00:00+08:00' })).toBe(0);
    const stats = (await ok(`query ($f: ActivityFilter) { activityStatistics(filter: $f) { total byMonth { key label month count } } }`, { f: august }))
      .activityStatistics;
    expect(stats.total).toBe(inAugust);
    expect(stats.byMonth).toEqual([{ key: '2023-08', label: '2023年8月', month: '2023-08', count: inAugust }]);
    const aggregate = (await ok(`query ($f: ActivityFilter) { activityAggregate(filter: $f) { totals { count } } }`, { f: august })).activityAggregate;
    expect(aggregate.totals.count).toBe(inAugust);

    const registered = await registrationCount({ months: ['2023-08'] });
    expect(registered).toBeGreaterThan(0);
    expect(await registrationCount({ registeredFrom: '2023-08-01T00:00:00+08:00', registeredBefore: '2023-09-01T00:00:00+08:00' })).toBe(registered);
    const byTime = (await ok(`{ registrationAggregate(groupBy: [TIME]) { groups { keys { value } count } } }`)).registrationAggregate.groups as Group[];
    expect(byTime.find((g) => g.keys[0].value === '2023-08')!.count).toBe(registered);
    const activityTime = (await ok(`{ registrationAggregate(groupBy: [ACTIVITY_TIME, ACTIVITY_KIND]) { groups { keys { value } count } } }`))
      .registrationAggregate.groups as Group[];
    for (const group of activityTime.slice(0, 5)) {
      const [month, kind] = group.keys.map((k) => k.value);
      const [y, m] = month!.split('-').map(Number);
      const to = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
      expect(group.count).toBe(
        await registrationCount({ activityKinds: [kind], activityStartsFrom: `${month}-01T00:00:00+08:00`, activityStartsBefore: `${to}-01T00:00:00+08:00` }),
      );
    }
  });

  it('statistics take the whole filter: per-enterprise rows count only registrations of the activities the filter matches', async () => {
    const q = `query ($f: ActivityFilter) { activityStatistics(filter: $f) { total topEnterprises(first: 100) { key count } participation(first: 100) { key registered attended noShows attendanceRate } } }`;
    // cancelled activities keep no seat-holding registrations (their attendees aside): a status condition is not ignored
    const cancelled = (await ok(q, { f: { statuses: ['CANCELLED'] } })).activityStatistics;
    expect(cancelled.total).toBeGreaterThan(0);
    expect(cancelled.topEnterprises).toEqual([]);
    expect(cancelled.participation).toEqual([]);
    const closed = (await ok(q, { f: { statuses: ['COMPLETED'], venueId: null } })).activityStatistics;
    const seatsByEnterprise = (
      await ok(
        `{ registrationAggregate(filter: { statuses: [ATTENDED, NO_SHOW] }, groupBy: [ENTERPRISE]) { groups { keys { value } attendedCount noShowCount attendanceRate } } }`,
      )
    ).registrationAggregate.groups as Group[];
    expect(closed.participation.length).toBe(seatsByEnterprise.length);
    for (const row of closed.participation) {
      const group = seatsByEnterprise.find((g) => g.keys[0].value === row.key)!;
      expect({ attended: row.attended, noShows: row.noShows, attendanceRate: row.attendanceRate }).toEqual({
        attended: group.attendedCount,
        noShows: group.noShowCount,
        attendanceRate: group.attendanceRate,
      });
    }
  });

  it('count rows are { key label count }; the deprecated names give the same answers', async () => {
    const s = (
      await ok(`{ activityStatistics {
        byKind { key label kind kindLabel count } byStatus { key label status statusLabel count }
        byOrganiser { key label organiserKind organiserKindLabel count }
        feedbackByKind { key label kind kindLabel count averageRating } feedbackByOrganiser { key label organiserKind organiserKindLabel count }
        topEnterprises { key label enterprise { id } count } attendanceRate noShowRate
        venueUtilisation(from: "2023-07-01T00:00:00+08:00", before: "2023-12-31T00:00:00+08:00") { utilisationRate rate } } }`)
    ).activityStatistics;
    for (const row of [...s.byKind, ...s.feedbackByKind]) expect([row.kind, row.kindLabel]).toEqual([row.key, row.label]);
    for (const row of s.byStatus) expect([row.status, row.statusLabel]).toEqual([row.key, row.label]);
    for (const row of [...s.byOrganiser, ...s.feedbackByOrganiser]) expect([row.organiserKind, row.organiserKindLabel]).toEqual([row.key, row.label]);
    expect(s.byKind[0]).toMatchObject({ key: 'TRAINING', label: '培训' });
    for (const row of s.topEnterprises) expect(row.enterprise.id).toBe(row.key);
    expect(s.venueUtilisation.length).toBeGreaterThan(0);
    for (const row of s.venueUtilisation) {
      expect(row.rate).toBe(row.utilisationRate);
      expectRate(row.utilisationRate);
    }
    expectRate(s.attendanceRate);
    expectRate(s.noShowRate);
  });

  it('ENTERPRISE callers read statistics and aggregates with their own registrations only; activities count alike', async () => {
    const own = await registrationCount({}, asE1);
    expect(own).toBeGreaterThan(0);
    expect(own).toBeLessThan(await registrationCount({}));
    const q = `{ registrationAggregate(groupBy: [ENTERPRISE]) { groups { keys { value } count } totals { count noShowCount } } }`;
    const mine = (await ok(q, {}, asE1)).registrationAggregate;
    expect(mine.groups).toEqual([{ keys: [{ value: E1 }], count: own }]);
    expect(mine.totals.count).toBe(own);
    expect(mine.totals.noShowCount).toBe(await registrationCount({ statuses: ['NO_SHOW'] }, asE1));
    const activities = `{ activityAggregate(groupBy: [KIND]) { totals { count attendedCount } } activityStatistics { total } }`;
    expect(await ok(activities, {}, asE1)).toEqual(await ok(activities, {}, 'ANALYST'));
    const top = (await ok(`{ activityStatistics { topEnterprises { key } } }`, {}, asE1)).activityStatistics.topEnterprises;
    expect(top).toEqual([{ key: E1 }]);
  });

  it('idle members: Enterprise.activitiesAttendedCount takes the activity filter’s time range', async () => {
    const q = `query ($r: [_Any!]!, $f: ActivityFilter) { _entities(representations: $r) { ... on Enterprise { all: activitiesAttendedCount in: activitiesAttendedCount(filter: $f) activitiesAttended(first: 100) { id startsAt } } } }`;
    const r = [{ __typename: 'Enterprise', id: E1 }];
    const [august] = (await ok(q, { r, f: { months: ['2023-08'] } }, 'ADMIN'))._entities;
    expect(august.all).toBe(august.activitiesAttended.length);
    const inAugust = august.activitiesAttended.filter(
      (a: { startsAt: string }) => a.startsAt >= '2023-07-31T16:00:00.000Z' && a.startsAt < '2023-08-31T16:00:00.000Z',
    );
    expect(inAugust.length).toBeGreaterThan(0);
    expect(august.in).toBe(inAugust.length);
    const [idle] = (await ok(q, { r, f: { months: ['2029-01'] } }, 'ADMIN'))._entities;
    expect(idle.in).toBe(0);
  });

  it('bad input names its field: months, from after before, groupBy, first', async () => {
    const bad = async (query: string, variables: Record<string, unknown>, field: string) => {
      const result = await graph.query(query, variables, 'ANALYST');
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      return result.errors![0];
    };
    const list = `query ($f: ActivityFilter) { activities(filter: $f) { totalCount } }`;
    expect((await bad(list, { f: { months: ['2023-13'] } }, 'filter.months.0')).extensions!.value).toBe('2023-13');
    await bad(`query ($f: RegistrationFilter) { registrations(filter: $f) { totalCount } }`, { f: { months: ['2023/08'] } }, 'filter.months.0');
    await bad(`query ($f: ActivityFilter) { activityStatistics(filter: $f) { total } }`, { f: { months: ['23-08'] } }, 'filter.months.0');
    await bad(list, { f: { startsFrom: '2023-09-01T00:00:00Z', startsBefore: '2023-08-01T00:00:00Z' } }, 'filter.startsFrom');
    await bad(
      `query ($f: RegistrationFilter) { registrationAggregate(filter: $f) { totals { count } } }`,
      { f: { registeredFrom: '2023-09-01T00:00:00Z', registeredBefore: '2023-08-01T00:00:00Z' } },
      'filter.registeredFrom',
    );
    await bad(`{ activityAggregate(groupBy: [KIND, STATUS, VENUE, TIME]) { totals { count } } }`, {}, 'groupBy');
    await bad(`{ registrationAggregate(groupBy: [STATUS, STATUS]) { totals { count } } }`, {}, 'groupBy');
    for (const first of [0, 101]) {
      await bad(`query ($n: Int) { activities(first: $n) { totalCount } }`, { n: first }, 'first');
      await bad(`query ($n: Int) { activities(first: 1) { edges { node { coOrganisers(first: $n) { id } } } } }`, { n: first }, 'first');
      await bad(`query ($n: Int) { activityStatistics { topEnterprises(first: $n) { key } } }`, { n: first }, 'first');
    }
  });

  it('latest-N lists on records default to 20 (no longer 10): co-organisers and an enterprise’s registrations', async () => {
    const coOrganiserIds = Array.from({ length: 12 }, (_, i) => demoEnterpriseId(i + 1).toHexString());
    const activity = await planOpenActivity(graph, 30, demoId('venue', 2).toHexString(), { coOrganiserIds });
    const E = demoEnterpriseId(2).toHexString();
    for (let i = 0; i < 12; i++) {
      expect((await graph.query(REGISTER, { input: { activityId: activity.id, enterpriseId: E, personName: `参会人${i}` } }, 'POLICE')).errors).toBeUndefined();
    }
    const total = await registrationCount({ enterpriseId: E });
    expect(total).toBeGreaterThan(11);
    const data = await ok(
      `query ($id: ID!, $r: [_Any!]!) { activity(id: $id) { coOrganisers { id } } _entities(representations: $r) { ... on Enterprise { activityRegistrations { id } } } }`,
      { id: activity.id, r: [{ __typename: 'Enterprise', id: E }] },
      'ADMIN',
    );
    expect(data.activity.coOrganisers).toHaveLength(12);
    expect(data._entities[0].activityRegistrations).toHaveLength(Math.min(20, total));
  });
});
