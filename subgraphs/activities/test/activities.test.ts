import { demoEnterpriseId, demoId } from '@pecg/demo';
import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { activitiesSubgraph, type ActivitiesModels } from '../src';
import { ACTIVITY_FIELDS, atTime, CHECK_IN, CLOSE, minutes, planOpenActivity, REGISTER, START } from './helpers';

describe('activities subgraph: venues, activities, life cycle, feedback, statistics', () => {
  let graph: TestSubgraph<ActivitiesModels>;
  const venueId = demoId('venue', 1).toHexString();
  beforeAll(async () => {
    graph = await startTestSubgraph(activitiesSubgraph, { seed: true });
  });
  afterAll(async () => {
    await graph.stop();
  });

  it('seeds idempotently: a second run creates nothing', async () => {
    expect(graph.seeded!.created).toBeGreaterThan(300);
    expect(await activitiesSubgraph.seedDemo!(graph.models)).toEqual({ created: 0 });
  });

  it('lists the four functional rooms and finds one by id', async () => {
    const { data, errors } = await graph.query(`query ($id: ID!) { venues { name seats } venue(id: $id) { id name purpose } }`, { id: venueId }, 'ANALYST');
    expect(errors).toBeUndefined();
    expect(data!.venues.map((v: { name: string }) => v.name).sort()).toEqual(['党建书屋', '党建活动室', '清亲连心警务室', '警企议事室'].sort());
    expect(data!.venue).toEqual({ id: venueId, name: '警企议事室', purpose: expect.any(String) });
  });

  it('keeps the 2023-08-07 IP-protection training with 24 enterprise heads', async () => {
    const { data, errors } = await graph.query(
      `query ($id: ID!) { activity(id: $id) { ${ACTIVITY_FIELDS} averageRating feedbackCount feedback { rating enterprise { id } } registrations(first: 100) { totalCount edges { node { attended } } } } }`,
      { id: demoId('activity', 1).toHexString() },
    );
    expect(errors).toBeUndefined();
    const a = data!.activity;
    expect(a).toMatchObject({
      title: '知识产权保护及风险防范培训',
      kindLabel: '培训',
      statusLabel: '已结束',
      seatsTaken: 24,
      attendedCount: 24,
      venue: { name: '党建活动室' },
    });
    expect(a.startsAt).toBe('2023-08-07T06:30:00.000Z');
    expect(a.registrations.totalCount).toBe(24);
    expect(a.registrations.edges.every((e: { node: { attended: boolean } }) => e.node.attended)).toBe(true);
    expect(a.feedbackCount).toBe(a.feedback.length);
    expect(a.averageRating).toBeGreaterThanOrEqual(4);
  });

  it('filters, sorts and pages activities with cursors', async () => {
    const q = `query ($filter: ActivityFilter, $sort: ActivitySort, $after: String) { activities(filter: $filter, sort: $sort, first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { title kind startsAt } } } }`;
    const filter = { kinds: ['THEMED_PARTY_DAY'], startsFrom: '2023-01-01T00:00:00+08:00', startsBefore: '2024-01-01T00:00:00+08:00' };
    const first = await graph.query(q, { filter, sort: { field: 'STARTS_AT', direction: 'ASC' } }, 'ANALYST');
    expect(first.errors).toBeUndefined();
    expect(first.data!.activities.totalCount).toBe(12);
    const second = await graph.query(
      q,
      { filter, sort: { field: 'STARTS_AT', direction: 'ASC' }, after: first.data!.activities.pageInfo.endCursor },
      'ANALYST',
    );
    const dates = [...first.data!.activities.edges, ...second.data!.activities.edges].map((e: { node: { startsAt: string } }) => e.node.startsAt);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(10);
    const byVenue = await graph.query(`query ($f: ActivityFilter) { activities(filter: $f, first: 100) { edges { node { venue { name } } } } }`, {
      f: { venueId, statuses: ['COMPLETED'] },
    });
    expect(byVenue.data!.activities.edges.length).toBeGreaterThan(0);
    expect(byVenue.data!.activities.edges.every((e: { node: { venue: { name: string } } }) => e.node.venue.name === '警企议事室')).toBe(true);
  });

  it('rejects a bad filter id, a bad page size and a foreign cursor, naming the value', async () => {
    const bad = await graph.query(`{ activities(filter: { venueId: "nope" }) { totalCount } }`);
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toContain('"nope"');
    const big = await graph.query(`{ activities(first: 500) { totalCount } }`);
    expect(big.errors![0].message).toContain('500');
    const page = await graph.query(`{ activities(first: 1) { pageInfo { endCursor } } }`);
    const cursor = page.data!.activities.pageInfo.endCursor;
    const foreign = await graph.query(`query ($after: String) { activities(sort: { field: TITLE }, after: $after) { totalCount } }`, { after: cursor });
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', value: cursor });
  });

  it('computes statistics in the database', async () => {
    const { data, errors } = await graph.query(
      `{ activityStatistics(filter: { startsFrom: "2023-01-01T00:00:00+08:00", startsBefore: "2024-01-01T00:00:00+08:00" }) {
          total byKind { kind kindLabel count } byStatus { status count } byMonth { month count }
          completedSeats attended noShows attendanceRate noShowRate topEnterprises(first: 3) { enterprise { id } count } } }`,
      {},
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    const s = data!.activityStatistics;
    expect(s.total).toBe(31);
    expect(s.byKind.find((k: { kind: string }) => k.kind === 'THEMED_PARTY_DAY')).toEqual({ kind: 'THEMED_PARTY_DAY', kindLabel: '主题党日', count: 12 });
    expect(s.byKind.reduce((n: number, k: { count: number }) => n + k.count, 0)).toBe(31);
    expect(s.byMonth).toHaveLength(12);
    expect(s.byMonth.find((m: { month: string }) => m.month === '2023-08').count).toBe(3);
    expect(s.attended).toBeLessThan(s.completedSeats);
    expect(s.attendanceRate).toBeCloseTo(s.attended / s.completedSeats);
    expect(s.attended + s.noShows).toBe(s.completedSeats);
    expect(s.noShowRate).toBeCloseTo(s.noShows / s.completedSeats);
    expect(s.topEnterprises).toHaveLength(3);
    expect(s.topEnterprises[0].count).toBeGreaterThanOrEqual(s.topEnterprises[2].count);
    const regs = await graph.models.Registration.countDocuments({
      enterpriseId: demoEnterpriseId(1),
      status: { $in: ['CONFIRMED', 'ATTENDED', 'NO_SHOW'] },
      activityStartsAt: { $gte: new Date('2023-01-01T00:00:00+08:00'), $lt: new Date('2024-01-01T00:00:00+08:00') },
    });
    const top = s.topEnterprises[0].count;
    expect(top).toBeGreaterThanOrEqual(regs);
  });

  it('runs the life cycle PLANNED → OPEN → ONGOING → COMPLETED with actor, version and outcome', async () => {
    const { id, version } = await planOpenActivity(graph, 10, venueId);
    const started = await graph.query(START, { id, v: version }, 'POLICE');
    expect(started.data!.startActivity).toEqual({ status: 'ONGOING', version: version + 1 });
    const done = await graph.query(
      `mutation ($id: ID!, $v: Int!) { completeActivity(id: $id, expectedVersion: $v, outcome: "圆满完成") { ${ACTIVITY_FIELDS} } }`,
      { id, v: version + 1 },
      { role: 'POLICE', subject: 'officer-7', name: '李警官' },
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeActivity).toMatchObject({
      status: 'COMPLETED',
      statusLabel: '已结束',
      outcome: { summary: '圆满完成', recorded: { subject: 'officer-7', role: 'POLICE' } },
      updated: { subject: 'officer-7' },
    });
    const again = await graph.query(
      `mutation ($id: ID!, $v: Int!) { cancelActivity(id: $id, expectedVersion: $v, reason: "晚了") { status } }`,
      { id, v: version + 2 },
      'POLICE',
    );
    expect(again.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'COMPLETED', to: 'CANCELLED' });
  });

  it('refuses a stale version, an unknown id, ANALYST writes and bad plan input', async () => {
    const { id, version } = await planOpenActivity(graph, 5, venueId);
    const stale = await graph.query(`mutation ($id: ID!) { cancelActivity(id: $id, expectedVersion: 1, reason: "改期") { status } }`, { id }, 'POLICE');
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, currentVersion: version });
    const cancelled = await graph.query(
      `mutation ($id: ID!, $v: Int!) { cancelActivity(id: $id, expectedVersion: $v, reason: "改期") { status cancellationReason } }`,
      { id, v: version },
      'ADMIN',
    );
    expect(cancelled.data!.cancelActivity).toEqual({ status: 'CANCELLED', cancellationReason: '改期' });
    const missing = await graph.query(`mutation { openRegistration(id: "ffffffffffffffffffffffff", expectedVersion: 1) { id } }`, {}, 'POLICE');
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
    const analyst = await graph.query(`mutation { openRegistration(id: "ffffffffffffffffffffffff", expectedVersion: 1) { id } }`, {}, 'ANALYST');
    expect(analyst.errors![0].extensions!.code).toBe('FORBIDDEN');
    const bad = await graph.query(
      `mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id } }`,
      { input: { title: 'x', kind: 'TRAINING', venueId, startsAt: '2030-05-01T09:00:00Z', endsAt: '2030-05-01T08:00:00Z', capacity: 0 } },
      'POLICE',
    );
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toContain('input.capacity');
    expect(bad.errors![0].message).toContain('(got 0)');
    expect(bad.errors![0].message).toContain('input.endsAt');
    const enterprise = await graph.query(
      `mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id } }`,
      { input: { title: 'x', kind: 'TRAINING', venueId, startsAt: '2030-05-01T09:00:00Z', endsAt: '2030-05-01T10:00:00Z', capacity: 3 } },
      { role: 'ENTERPRISE', enterpriseId: demoEnterpriseId(1).toHexString() },
    );
    expect(enterprise.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('takes feedback once per attendee (only people who attended) on closed activities only, and averages it', async () => {
    const a = await planOpenActivity(graph, 5, venueId);
    const e = demoEnterpriseId(5).toHexString();
    const asE = { role: 'ENTERPRISE' as const, enterpriseId: e };
    const reg = async (enterpriseId: string, n: number) =>
      (
        await graph.query(
          REGISTER,
          { input: { activityId: a.id, enterpriseId, personName: `参会人${n}`, personPhone: `1370000${String(n).padStart(4, '0')}` } },
          'POLICE',
        )
      ).data!.register;
    const [r1, r2, r3, absent] = [await reg(e, 1), await reg(e, 2), await reg(demoEnterpriseId(6).toHexString(), 3), await reg(e, 4)];
    await atTime(minutes(a.startsAt, 5), async () => {
      for (const r of [r1, r2, r3]) expect((await graph.query(CHECK_IN, { id: r.id, v: r.version }, 'POLICE')).data!.checkIn.status).toBe('ATTENDED');
      const started = await graph.query(START, { id: a.id, v: a.version }, 'POLICE');
      expect(started.errors).toBeUndefined();
    });
    const leave = (input: object, caller: object | string) =>
      graph.query(
        `mutation ($input: LeaveFeedbackInput!) { leaveFeedback(input: $input) { rating comment enterprise { id } registration { id } activity { averageRating feedbackCount } created { role } } }`,
        { input },
        caller as never,
      );
    const early = await leave({ registrationId: r1.id, rating: 5 }, asE);
    expect(early.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'ONGOING' });
    const closed = await graph.query(CLOSE, { id: a.id, v: a.version + 1, input: { summary: '好' } }, 'POLICE');
    expect(closed.errors).toBeUndefined();
    const ok = await leave({ registrationId: r1.id, rating: 5, comment: '很好' }, asE);
    expect(ok.data!.leaveFeedback).toMatchObject({
      rating: 5,
      comment: '很好',
      enterprise: { id: e },
      registration: { id: r1.id },
      created: { role: 'ENTERPRISE' },
    });
    // a second attendee of the same enterprise gives their own
    expect((await leave({ registrationId: r2.id, rating: 4 }, asE)).data!.leaveFeedback.activity).toEqual({ averageRating: 4.5, feedbackCount: 2 });
    const twice = await leave({ registrationId: r1.id, rating: 4 }, 'ADMIN');
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.registrationId' });
    const concurrent = await Promise.all([leave({ registrationId: r3.id, rating: 3 }, 'POLICE'), leave({ registrationId: r3.id, rating: 3 }, 'POLICE')]);
    expect(concurrent.filter((r) => r.errors === undefined)).toHaveLength(1);
    const noShow = await leave({ registrationId: absent.id, rating: 1 }, 'POLICE');
    expect(noShow.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'NO_SHOW' });
    const badRating = await leave({ registrationId: r2.id, rating: 6 }, 'POLICE');
    expect(badRating.errors![0].message).toContain('input.rating');
    expect(badRating.errors![0].message).toContain('(got 6)');
    const missing = await leave({ activityId: a.id, enterpriseId: e, rating: 3 }, 'POLICE');
    expect(missing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.registrationId' });
    // another enterprise's attendee is not found for an ENTERPRISE caller, like an unknown id
    const foreign = await leave({ registrationId: r3.id, rating: 3 }, asE);
    expect(foreign.errors![0].extensions!.code).toBe('NOT_FOUND');
    const stats = await graph.query(`query ($id: ID!) { activity(id: $id) { averageRating feedbackCount feedback { rating } } }`, { id: a.id });
    expect(stats.data!.activity.feedbackCount).toBe(stats.data!.activity.feedback.length);
    expect(stats.data!.activity.averageRating).toBeCloseTo((5 + 4 + 3) / 3);
  });

  it('resolves Activity, Venue and Registration as entities', async () => {
    const reg = demoId('registration', 1).toHexString();
    const { data, errors } = await graph.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { title } ... on Venue { name } ... on Registration { status enterprise { id } } } }`,
      {
        r: [
          { __typename: 'Activity', id: demoId('activity', 1).toHexString() },
          { __typename: 'Venue', id: demoId('venue', 2).toHexString() },
          { __typename: 'Registration', id: reg },
          { __typename: 'Activity', id: 'ffffffffffffffffffffffff' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { title: '知识产权保护及风险防范培训' },
      { name: '党建活动室' },
      { status: 'ATTENDED', enterprise: { id: demoEnterpriseId(1).toHexString() } },
      null,
    ]);
  });
});
