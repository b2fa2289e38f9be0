import { Types } from 'mongoose';
import { demoEnterpriseId, demoId } from '@pecg/demo';
import { piiAuditModel } from '@pecg/common';
import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { activitiesSubgraph, type ActivitiesModels } from '../src';
import { atTime, CHECK_IN, minutes, planOpenActivity, REGISTER } from './helpers';

const E1 = demoEnterpriseId(1).toHexString();
const E2 = demoEnterpriseId(2).toHexString();
const asE1 = { role: 'ENTERPRISE' as const, enterpriseId: E1 };

describe('activities subgraph: registration, waitlist, check-in, PII and batching', () => {
  let graph: TestSubgraph<ActivitiesModels>;
  const venueId = demoId('venue', 2).toHexString();
  beforeAll(async () => {
    graph = await startTestSubgraph(activitiesSubgraph, { seed: true });
  });
  afterAll(async () => {
    await graph.stop();
  });

  const register = (activityId: string, enterpriseId: string, n: number, caller: object | string = 'POLICE') =>
    graph.query(
      REGISTER,
      { input: { activityId, enterpriseId, personName: `报名人${n}`, personPhone: `1380000${String(n).padStart(4, '0')}` } },
      caller as never,
    );

  it('confirms exactly `capacity` people among concurrent registrations and waitlists the rest', async () => {
    const { id } = await planOpenActivity(graph, 5, venueId);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => register(id, demoEnterpriseId(1 + (i % 6)).toHexString(), i)));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const statuses = results.map((r) => r.data!.register.status);
    expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(7);
    const activity = await graph.query(
      `query ($id: ID!) { activity(id: $id) { seatsTaken seatsLeft waitlistCount registrations(filter: { statuses: [CONFIRMED] }) { totalCount } } }`,
      { id },
    );
    expect(activity.data!.activity).toEqual({ seatsTaken: 5, seatsLeft: 0, waitlistCount: 7, registrations: { totalCount: 5 } });
  });

  it('offers the seat to the first waitlisted person when a confirmed one cancels; cancelling a waitlisted one frees nothing', async () => {
    const { id } = await planOpenActivity(graph, 2, venueId);
    const a = (await register(id, E1, 101, asE1)).data!.register;
    await register(id, E2, 102);
    const w1 = (await register(id, E2, 103)).data!.register;
    const w2 = (await register(id, E2, 104)).data!.register;
    expect([a.status, w1.status, w2.status]).toEqual(['CONFIRMED', 'WAITLISTED', 'WAITLISTED']);
    expect(a.statusLabel).toBe('已报名');
    const cancelled = await graph.query(
      `mutation ($id: ID!, $v: Int!) { cancelRegistration(id: $id, expectedVersion: $v) { status version activity { seatsTaken waitlistCount } } }`,
      { id: a.id, v: a.version },
      asE1,
    );
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelRegistration).toEqual({ status: 'CANCELLED', version: 2, activity: { seatsTaken: 2, waitlistCount: 1 } });
    const after = await graph.query(`query ($a: ID!, $b: ID!) { a: registration(id: $a) { status version } b: registration(id: $b) { status } }`, {
      a: w1.id,
      b: w2.id,
    });
    expect(after.data).toEqual({ a: { status: 'OFFERED', version: 2 }, b: { status: 'WAITLISTED' } });
    const w2cancel = await graph.query(
      `mutation ($id: ID!) { cancelRegistration(id: $id, expectedVersion: 1) { status activity { seatsTaken seatsLeft waitlistCount } } }`,
      { id: w2.id },
    );
    expect(w2cancel.data!.cancelRegistration).toEqual({ status: 'CANCELLED', activity: { seatsTaken: 2, seatsLeft: 0, waitlistCount: 0 } });
    const again = await register(id, E2, 104);
    expect(again.data!.register.status).toBe('WAITLISTED');
    const twice = await graph.query(`mutation ($id: ID!) { cancelRegistration(id: $id, expectedVersion: 2) { status } }`, { id: w2.id });
    expect(twice.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'CANCELLED', to: 'CANCELLED' });
  });

  it('keeps seats, confirmations and the waitlist consistent under concurrent cancellations and registrations', async () => {
    const { id } = await planOpenActivity(graph, 3, venueId);
    const first = await Promise.all(Array.from({ length: 8 }, (_, i) => register(id, E1, 400 + i)));
    const confirmed = first.map((r) => r.data!.register).filter((r) => r.status === 'CONFIRMED');
    expect(confirmed).toHaveLength(3);
    await Promise.all([
      ...confirmed.map((r) =>
        graph.query(`mutation ($id: ID!, $v: Int!) { cancelRegistration(id: $id, expectedVersion: $v) { status } }`, { id: r.id, v: r.version }),
      ),
      register(id, E2, 420),
      register(id, E2, 421),
    ]);
    const regs = await graph.models.Registration.find({ activityId: new Types.ObjectId(id) })
      .sort({ registeredAt: 1, _id: 1 })
      .lean();
    const byStatus = (s: string) => regs.filter((r) => r.status === s);
    const activity = (await graph.query(`query ($id: ID!) { activity(id: $id) { seatsTaken seatsLeft waitlistCount } }`, { id })).data!.activity;
    expect(byStatus('CONFIRMED')).toHaveLength(0);
    expect(byStatus('OFFERED')).toHaveLength(3);
    expect(activity).toEqual({ seatsTaken: 3, seatsLeft: 0, waitlistCount: byStatus('WAITLISTED').length });
    expect(byStatus('WAITLISTED')).toHaveLength(4);
    const waitlistedBefore = regs.filter((r) => first.some((f) => f.data!.register.id === r._id.toHexString() && f.data!.register.status === 'WAITLISTED'));
    expect(byStatus('OFFERED').map((r) => r._id.toHexString())).toEqual(waitlistedBefore.slice(0, 3).map((r) => r._id.toHexString()));
    expect(byStatus('WAITLISTED').map((r) => r.personName)).toEqual(expect.arrayContaining(['报名人420', '报名人421']));
  });

  it('changes details and capacity before the start: more seats are offered to the waitlist first, fewer than taken or more than the room has is refused', async () => {
    const { id, version } = await planOpenActivity(graph, 2, venueId);
    for (let i = 0; i < 4; i++) await register(id, E1, 500 + i);
    const q = `mutation ($id: ID!, $v: Int!, $input: UpdateActivityInput!) { updateActivity(id: $id, expectedVersion: $v, input: $input) { title capacity seatsTaken seatsLeft waitlistCount version materials { title } } }`;
    const grown = await graph.query(q, { id, v: version, input: { capacity: 3, title: '改名后的活动', materials: [{ title: '签到表' }] } }, 'POLICE');
    expect(grown.errors).toBeUndefined();
    expect(grown.data!.updateActivity).toEqual({
      title: '改名后的活动',
      capacity: 3,
      seatsTaken: 3,
      seatsLeft: 0,
      waitlistCount: 1,
      version: version + 1,
      materials: [{ title: '签到表' }],
    });
    const promoted = await graph.query(
      `query ($id: ID!) { registrations(filter: { activityId: $id, statuses: [CONFIRMED, OFFERED] }) { edges { node { personName status } } } }`,
      { id },
    );
    expect(promoted.data!.registrations.edges.map((e: { node: { personName: string; status: string } }) => [e.node.personName, e.node.status])).toEqual([
      ['报名人500', 'CONFIRMED'],
      ['报名人501', 'CONFIRMED'],
      ['报名人502', 'OFFERED'],
    ]);
    const shrink = await graph.query(q, { id, v: version + 1, input: { capacity: 2 } }, 'POLICE');
    expect(shrink.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.capacity', value: 2 });
    const tooMany = await graph.query(q, { id, v: version + 1, input: { capacity: 43 } }, 'POLICE');
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.capacity', value: 43 });
    expect(tooMany.errors![0].message).toContain('42 seats');
    const stale = await graph.query(q, { id, v: version, input: { title: 'x' } }, 'POLICE');
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    const analyst = await graph.query(q, { id, v: version + 1, input: { title: 'x' } }, 'ANALYST');
    expect(analyst.errors![0].extensions!.code).toBe('FORBIDDEN');
    const completed = await graph.query(q, { id: demoId('activity', 1).toHexString(), v: 1, input: { title: 'x' } }, 'POLICE');
    expect(completed.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'COMPLETED' });
  });

  it('refuses registrations for another enterprise, by ANALYST, with bad input, twice, or for an activity that is not open', async () => {
    const { id } = await planOpenActivity(graph, 3, venueId);
    const foreign = await register(id, E2, 201, asE1);
    expect(foreign.errors![0].extensions!.code).toBe('FORBIDDEN');
    const analyst = await register(id, E1, 202, 'ANALYST');
    expect(analyst.errors![0].extensions!.code).toBe('FORBIDDEN');
    const bad = await graph.query(REGISTER, { input: { activityId: id, enterpriseId: E1, personName: '张三', personPhone: '12345' } });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.personPhone', value: '12345' });
    expect(bad.errors![0].message).toContain('"12345"');
    const badId = await graph.query(REGISTER, { input: { activityId: 'xyz', enterpriseId: E1, personName: '张三' } });
    expect(badId.errors![0].message).toContain('input.activityId');
    const racing = await Promise.all([register(id, E1, 203), register(id, E1, 203), register(id, E1, 203)]);
    expect(racing.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(racing.filter((r) => r.errors?.[0].extensions!.code === 'CONFLICT')).toHaveLength(2);
    const dup = await register(id, E1, 203);
    expect(dup.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.personPhone' });
    expect(dup.errors![0].message).not.toContain('报名人203');
    expect(dup.errors![0].message).not.toContain('13800000203');
    // the same person is the same phone within the enterprise, whatever the name is spelt
    const renamed = await graph.query(REGISTER, { input: { activityId: id, enterpriseId: E1, personName: '另一个写法', personPhone: '13800000203' } });
    expect(renamed.errors![0].extensions!.code).toBe('CONFLICT');
    // without a phone the name identifies the person
    const byName = [
      await graph.query(REGISTER, { input: { activityId: id, enterpriseId: E1, personName: '无手机' } }),
      await graph.query(REGISTER, { input: { activityId: id, enterpriseId: E1, personName: '无 手机' } }),
    ];
    expect(byName[0].errors).toBeUndefined();
    expect(byName[1].errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.personName' });
    const seats = await graph.query(`query ($id: ID!) { activity(id: $id) { seatsTaken } }`, { id });
    expect(seats.data!.activity.seatsTaken).toBe(2);
    const completed = await register(demoId('activity', 1).toHexString(), E1, 204);
    expect(completed.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'COMPLETED' });
    expect(completed.errors![0].message).toContain('COMPLETED');
    const unknown = await register('ffffffffffffffffffffffff', E1, 205);
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('checks people in once, counts attendance, refuses stale versions and waitlisted people', async () => {
    const { id, startsAt } = await planOpenActivity(graph, 1, venueId);
    const seat = (await register(id, E1, 301)).data!.register;
    const wait = (await register(id, E2, 302)).data!.register;
    const q = CHECK_IN;
    await atTime(minutes(startsAt, -30), async () => {
      const stale = await graph.query(q, { id: seat.id, v: 7 }, 'POLICE');
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
      const byEnterprise = await graph.query(q, { id: seat.id, v: 1 }, asE1);
      expect(byEnterprise.errors![0].extensions!.code).toBe('FORBIDDEN');
      const ok = await graph.query(q, { id: seat.id, v: 1 }, 'POLICE');
      expect(ok.data!.checkIn).toMatchObject({ status: 'ATTENDED', attended: true, version: 2, activity: { attendedCount: 1 } });
      expect(ok.data!.checkIn.checkedInAt).toEqual(expect.any(String));
      const again = await graph.query(q, { id: seat.id, v: 2 }, 'POLICE');
      expect(again.errors![0].extensions!.code).toBe('ILLEGAL_STATE_TRANSITION');
      const waitlisted = await graph.query(q, { id: wait.id, v: 1 }, 'POLICE');
      expect(waitlisted.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'WAITLISTED' });
      const cancelAttended = await graph.query(`mutation ($id: ID!) { cancelRegistration(id: $id, expectedVersion: 2) { status } }`, { id: seat.id }, 'POLICE');
      expect(cancelAttended.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'ATTENDED', to: 'CANCELLED' });
    });
    const attendedList = await graph.query(
      `query ($id: ID!) { registrations(filter: { activityId: $id, attended: true }) { totalCount edges { node { id } } } }`,
      { id },
    );
    expect(attendedList.data!.registrations).toEqual({ totalCount: 1, edges: [{ node: { id: seat.id } }] });
  });

  it('masks registrants for ANALYST and ENTERPRISE, shows and audits them for POLICE', async () => {
    const id = demoId('registration', 1).toHexString();
    const q = `query ($id: ID!) { registration(id: $id) { personName personPhone } }`;
    const analyst = await graph.query(q, { id }, 'ANALYST');
    expect(analyst.data!.registration.personName).toMatch(/^.\*+$/);
    expect(analyst.data!.registration.personPhone).toMatch(/^\d{3}\*+\d{4}$/);
    expect(await piiAuditModel(graph.db.connection).countDocuments({ entityId: id })).toBe(0);
    const police = await graph.query(q, { id }, { role: 'POLICE', subject: 'officer-audit' });
    expect(police.data!.registration.personName).not.toContain('*');
    expect(police.data!.registration.personPhone).toMatch(/^1\d{10}$/);
    const audit = await piiAuditModel(graph.db.connection).find({ entityId: id }).lean();
    expect(audit).toEqual([expect.objectContaining({ subject: 'officer-audit', entity: 'Registration', fields: ['personName', 'personPhone'] })]);
  });

  it('scopes ENTERPRISE users to their own registrations', async () => {
    const list = await graph.query(`{ registrations(first: 100) { totalCount edges { node { enterprise { id } } } } }`, {}, asE1);
    expect(list.data!.registrations.totalCount).toBeGreaterThan(0);
    expect(list.data!.registrations.edges.every((e: { node: { enterprise: { id: string } } }) => e.node.enterprise.id === E1)).toBe(true);
    const filtered = await graph.query(`query ($e: ID!) { registrations(filter: { enterpriseId: $e }) { totalCount } }`, { e: E2 }, asE1);
    expect(filtered.data!.registrations.totalCount).toBe(0);
    const other = await graph.query(`query ($id: ID!) { registration(id: $id) { id } }`, { id: demoId('registration', 2).toHexString() }, asE1);
    expect(other.errors).toBeUndefined();
    expect(other.data!.registration).toBeNull();
    const viaActivity = await graph.query(
      `query ($id: ID!) { activity(id: $id) { registrations(first: 100) { totalCount } } }`,
      { id: demoId('activity', 1).toHexString() },
      asE1,
    );
    expect(viaActivity.data!.activity.registrations.totalCount).toBe(1);
  });

  it('resolves Enterprise.activitiesAttended and activityRegistrations with a constant number of round trips', async () => {
    const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'Enterprise', id: demoEnterpriseId(i + 1).toHexString() }));
    const measure = async (fields: string, n: number) => {
      graph.db.roundTrips.reset();
      const result = await graph.query(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { id ${fields} } } }`, { r: reps(n) });
      expect(result.errors).toBeUndefined();
      return { trips: graph.db.roundTrips.total, entities: result.data!._entities };
    };
    const attended = 'activitiesAttended { title kindLabel venue { name } }';
    const [ten, fifty] = [await measure(attended, 10), await measure(attended, 50)];
    expect(fifty.trips).toBe(ten.trips);
    expect(ten.trips).toBe(3);
    expect(fifty.entities[0].activitiesAttended).toContainEqual({ title: '知识产权保护及风险防范培训', kindLabel: '培训', venue: { name: '党建活动室' } });
    expect(fifty.entities[45].activitiesAttended).toEqual([]);
    const recent = 'activityRegistrations(first: 3) { status activity { title } }';
    const [ten2, fifty2] = [await measure(recent, 10), await measure(recent, 50)];
    expect(fifty2.trips).toBe(ten2.trips);
    expect(ten2.trips).toBe(2);
    expect(fifty2.entities[0].activityRegistrations).toHaveLength(3);
  });
});
