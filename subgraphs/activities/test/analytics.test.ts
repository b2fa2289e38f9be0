import { useTestSubgraph } from '@pecg/testing';
import { activitiesSubgraph } from '../src';

/**
 * Issue 17 items 1 and 2 in the activities subgraph: the analysts' questions are each one aggregate
 * query, every group checked against the list with the same filter (totalCount) or the records
 * themselves; totals are the sum of the groups; months and time ranges filter lists, statistics and
 * aggregates alike; malformed input names its field.
 */
type Key = { dimension: string; value: string | null; label: string };
type Group = Record<string, number | null> & { keys: Key[] };

describe('activities: aggregates answer the analysts’ questions, checked against the lists', () => {
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
  const sum = (groups: Group[], field: string) => groups.reduce((s, g) => s + (g[field] ?? 0), 0);
  const expectRate = (rate: number | null) => {
    if (rate !== null) {
      expect(rate).toBeGreaterThanOrEqual(0);
      expect(rate).toBeLessThanOrEqual(1);
    }
  };

  it('“attendance rate by activity kind” is one query; each group matches the activities of that kind', async () => {
    const data = await ok(`{ activityAggregate(groupBy: [KIND]) {
        groups { keys { dimension value label } count completedCount registeredCount attendedCount noShowCount attendanceRate noShowRate capacityUseRate feedbackCount averageRating }
        totals { keys { value } count completedCount registeredCount attendedCount noShowCount attendanceRate feedbackCount averageRating } } }`);
    const { groups, totals } = data.activityAggregate as { groups: Group[]; totals: Group };
    expect(groups.length).toBeGreaterThan(3);
    // declaration order of ActivityKind, Chinese labels
    const order = ['TRAINING', 'SYMPOSIUM', 'THEMATIC_STUDY', 'UNIFIED_ACTIVITY_DAY', 'THEMED_PARTY_DAY', 'ONE_TO_ONE_CONSULTATION'];
    const values = groups.map((g) => g.keys[0].value!);
    expect(values).toEqual([...values].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(groups.find((g) => g.keys[0].value === 'TRAINING')!.keys).toEqual([{ dimension: 'KIND', value: 'TRAINING', label: '培训' }]);

    const list = await ok(`{ activities(first: 100) { totalCount edges { node { kind status seatsTaken attendedCount noShowCount feedbackCount } } } }`);
    const nodes = list.activities.edges.map((e: { node: Record<string, number | string> }) => e.node);
    for (const group of groups) {
      const kind = group.keys[0].value!;
      expect(group.count).toBe(await activityCount({ kinds: [kind] }));
      const ofKind = nodes.filter((n: Record<string, number | string>) => n.kind === kind);
      const closed = ofKind.filter((n: Record<string, number | string>) => n.status === 'COMPLETED');
      const total = (rows: Array<Record<string, number | string>>, f: string) => rows.reduce((s, n) => s + Number(n[f]), 0);
      expect(group.attendedCount).toBe(total(ofKind, 'attendedCount'));
      expect(group.noShowCount).toBe(total(ofKind, 'noShowCount'));
      expect(group.registeredCount).toBe(total(ofKind, 'seatsTaken'));
      expect(group.feedbackCount).toBe(total(ofKind, 'feedbackCount'));
      expect(group.completedCount).toBe(closed.length);
      const seats = total(closed, 'seatsTaken');
      expect(group.attendanceRate).toBe(seats ? total(closed, 'attendedCount') / seats : null);
      // the same figure as the statistics of the same filter
      const stats = (await ok(`query ($f: ActivityFilter) { activityStatistics(filter: $f) { total attendanceRate } }`, { f: { kinds: [kind] } }))
        .activityStatistics;
      expect(stats.total).toBe(group.count);
      expect(stats.attendanceRate).toBe(group.attendanceRate ?? 0);
      for (const rate of ['attendanceRate', 'noShowRate', 'capacityUseRate']) expectRate(group[rate]);
    }
    expect(totals.keys).toEqual([]);
    expect(totals.count).toBe(list.activities.totalCount);
    for (const field of ['count', 'completedCount', 'registeredCount', 'attendedCount', 'noShowCount', 'feedbackCount'])
      expect(totals[field]).toBe(sum(groups, field));
    const stats = (await ok(`{ activityStatistics { attendanceRate feedback { averageRating } } }`)).activityStatistics;
    expect(totals.attendanceRate).toBeCloseTo(stats.attendanceRate, 12);
    expect(totals.averageRating).toBeCloseTo(stats.feedback.averageRating, 12);
    // no groupBy: one group, equal to totals
    const single = (await ok(`{ activityAggregate { groups { keys { value } count attendedCount } totals { count attendedCount } } }`)).activityAggregate;
    expect(single.groups).toEqual([{ keys: [], ...single.totals }]);
  });

  it('“no-shows by enterprise” is one query; each group matches the registrations list of that enterprise', async () => {
    const data = await ok(`{ registrationAggregate(groupBy: [ENTERPRISE]) {
        groups { keys { dimension value label } enterprise { id } count noShowCount attendedCount seatCount attendanceRate noShowRate }
        totals { count noShowCount attendedCount seatCount attendanceRate } } }`);
    const { groups, totals } = data.registrationAggregate as { groups: Array<Group & { enterprise: { id: string } }>; totals: Group };
    expect(groups.length).toBeGreaterThan(3);
    const ids = groups.map((g) => g.keys[0].value!);
    expect(ids).toEqual([...ids].sort());
    for (const group of groups) {
      const enterpriseId = group.keys[0].value!;
      expect(group.enterprise).toEqual({ id: enterpriseId });
      expect(group.count).toBe(await registrationCount({ enterpriseId }));
      expect(group.noShowCount).toBe(await registrationCount({ enterpriseId, statuses: ['NO_SHOW'] }));
      expect(group.attendedCount).toBe(await registrationCount({ enterpriseId, statuses: ['ATTENDED'] }));
      const closed = group.attendedCount! + group.noShowCount!;
      expect(group.noShowRate).toBe(closed ? group.noShowCount! / closed : null);
      expectRate(group.attendanceRate);
      expectRate(group.noShowRate);
    }
    expect(sum(groups, 'noShowCount')).toBeGreaterThan(0);
    expect(totals.count).toBe(await registrationCount({}));
    for (const field of ['count', 'noShowCount', 'attendedCount', 'seatCount']) expect(totals[field]).toBe(sum(groups, field));
    expect(totals.attendanceRate).toBe(totals.attendedCount! / (totals.attendedCount! + totals.noShowCount!));
  });

  it('“activities by organiser kind and month” is one query; each group matches the list with organiserKinds and months', async () => {
    const data = await ok(`{ activityAggregate(groupBy: [ORGANISER_KIND, TIME], timeBucket: MONTH) {
        groups { keys { dimension value label } count } totals { count } } }`);
    const { groups, totals } = data.activityAggregate as { groups: Group[]; totals: Group };
    expect(groups.length).toBeGreaterThan(5);
    for (const group of groups) {
      const [organiser, month] = group.keys;
      expect(organiser.dimension).toBe('ORGANISER_KIND');
      expect(month.dimension).toBe('TIME');
      expect(month.value).toMatch(/^\d{4}-\d{2}$/);
      expect(month.label).toBe(`${month.value!.slice(0, 4)}年${Number(month.value!.slice(5))}月`);
      expect(group.count).toBe(await activityCount({ organiserKinds: [organiser.value], months: [month.value] }));
    }
    expect(totals.count).toBe(sum(groups, 'count'));
    expect(totals.count).toBe(await activityCount({}));
    // other buckets of the same activities add up to the same total
    for (const bucket of ['DAY', 'WEEK', 'QUARTER', 'YEAR']) {
      const other = (
        await ok(`query ($b: TimeBucket) { activityAggregate(groupBy: [TIME], timeBucket: $b) { groups { keys { value } count } totals { count } } }`, {
          b: bucket,
        })
      ).activityAggregate;
      expect(other.totals.count).toBe(totals.count);
      expect(sum(other.groups, 'count')).toBe(totals.count);
    }
  });

  it('room use and registrations by activity: VENUE groups carry the room, ACTIVITY groups the activity', async () => {
    const venues = (await ok(`{ activityAggregate(groupBy: [VENUE]) { groups { keys { value label } venue { id name } count activityHours } } }`))
      .activityAggregate.groups as Array<Group & { venue: { id: string; name: string } | null }>;
    const outside = venues.find((g) => g.keys[0].value === null);
    expect(outside).toMatchObject({ keys: [{ value: null, label: '场外地点' }], venue: null });
    for (const group of venues.filter((g) => g.keys[0].value)) {
      expect(group.keys[0].label).toBe(group.venue!.name);
      expect(group.count).toBe(await activityCount({ venueId: group.keys[0].value }));
      expect(group.activityHours).toBeGreaterThan(0);
    }
    const byActivity = (await ok(`{ registrationAggregate(groupBy: [ACTIVITY, ATTENDED]) { groups { keys { value label } activity { id title } count } } }`))
      .registrationAggregate.groups as Array<Group & { activity: { id: string; title: string } }>;
    for (const group of byActivity.slice(0, 6)) {
      const [activity, attended] = group.keys;
      expect(activity.label).toBe(group.activity.title);
      expect(attended.label).toBe(attended.value === 'true' ? '已签到' : '未签到');
      expect(group.count).toBe(await registrationCount({ activityId: activity.value, attended: attended.value === 'true' }));
    }
  });

  it('room use: bookingAggregate by room and month matches the bookings list; booked hours are the held bookings’ hours', async () => {
    const data = await ok(`{ bookingAggregate(groupBy: [VENUE, TIME]) {
        groups { keys { dimension value label } venue { id name } count heldCount bookedHours checkedInCount releasedCount cancelledCount activityCount releaseRate }
        totals { count heldCount bookedHours releasedCount checkedInCount releaseRate } } }`);
    const { groups, totals } = data.bookingAggregate as { groups: Array<Group & { venue: { id: string; name: string } }>; totals: Group };
    expect(groups.length).toBeGreaterThan(2);
    const q = `query ($f: BookingFilter) { bookings(filter: $f, first: 100) { totalCount edges { node { status startsAt endsAt checkedInAt activity { id } venue { id } } } } }`;
    for (const group of groups) {
      const [venue, month] = group.keys;
      expect(venue.label).toBe(group.venue.name);
      const list = (await ok(q, { f: { venueIds: [venue.value], months: [month.value] } })).bookings;
      expect(group.count).toBe(list.totalCount);
      const nodes = list.edges.map((e: { node: Record<string, string | null> }) => e.node);
      const held = nodes.filter((n: Record<string, string | null>) => n.status === 'BOOKED' || n.status === 'IN_USE');
      expect(group.heldCount).toBe(held.length);
      const hours = held.reduce((h: number, n: Record<string, string>) => h + (Date.parse(n.endsAt) - Date.parse(n.startsAt)) / 3_600_000, 0);
      expect(group.bookedHours).toBeCloseTo(hours, 9);
      expect(group.activityCount).toBe(nodes.filter((n: { activity: unknown }) => n.activity).length);
      expect(group.releasedCount).toBe(nodes.filter((n: Record<string, string | null>) => n.status === 'RELEASED').length);
      expectRate(group.releaseRate);
    }
    for (const field of ['count', 'heldCount', 'releasedCount', 'checkedInCount']) expect(totals[field]).toBe(sum(groups, field));
    expect(totals.bookedHours).toBeCloseTo(sum(groups, 'bookedHours'), 9);
    expect(totals.count).toBe((await ok(`{ bookings { totalCount edges { node { id } } } }`)).bookings.totalCount);
    expect(totals.releaseRate).toBe(totals.releasedCount! / (totals.releasedCount! + totals.checkedInCount!));
    // bookings for meetings that are not activities
    const meetings = await ok(
      `{ bookings(filter: { forActivity: false }) { totalCount } bookingAggregate(filter: { forActivity: false }) { totals { count activityCount } } }`,
    );
    expect(meetings.bookingAggregate.totals).toEqual({ count: meetings.bookings.totalCount, activityCount: 0 });
    expect(meetings.bookings.totalCount).toBeGreaterThan(0);
  });
});
