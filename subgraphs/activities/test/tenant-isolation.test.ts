import { demoEnterpriseId, demoId } from '@pecg/demo';
import { piiAuditModel } from '@pecg/common';
import { useTestSubgraph } from '@pecg/testing';
import { activitiesSubgraph } from '../src';
import { atTime, CHECK_IN, CLOSE, minutes, planOpenActivity, REGISTER, START } from './helpers';

/**
 * The read policy (READ_POLICY, issue 11 items 1, 5 and 6) in the activities subgraph: an ENTERPRISE
 * caller of enterprise E1 gets none of enterprise E2's records through any entry point — root and
 * nested lists are shorter, counts and statistics count only its own, lookups by id and `_entities`
 * answer exactly as for an id that does not exist, writes to E2's records miss like NOT_FOUND — while
 * the domain steps that must see every tenant (seat hand-over, waitlist promotion) still do. Every
 * scope check first asserts that what it narrows is not empty for a caller who sees everything.
 */
const E1 = demoEnterpriseId(1).toHexString();
/** The training's first two registrants: alliance members n = 1 and n = 5 of the roster. */
const E2 = demoEnterpriseId(5).toHexString();
const asE1 = { role: 'ENTERPRISE' as const, enterpriseId: E1, subject: 'e1-user' };
const asE2 = { role: 'ENTERPRISE' as const, enterpriseId: E2, subject: 'e2-user' };
const TRAINING = demoId('activity', 1).toHexString();
/** Demo registrations of the 2023-08-07 training: the first is E1's person, the second E2's. */
const E1_REGISTRATION = demoId('registration', 1).toHexString();
const E2_REGISTRATION = demoId('registration', 2).toHexString();
const MISSING = 'ffffffffffffffffffffffff';

type Node<T> = { edges: Array<{ node: T }>; totalCount: number };
const enterprisesOf = (connection: Node<{ enterprise: { id: string } }>) => connection.edges.map((e) => e.node.enterprise.id);

describe('activities subgraph: an ENTERPRISE caller sees only its own enterprise’s records', () => {
  const graph = useTestSubgraph(activitiesSubgraph, { seed: true });
  const venueId = demoId('venue', 3).toHexString();

  it('root list: registrations leaves other enterprises’ out, filtered or not, and counts only its own', async () => {
    const q = `query ($f: RegistrationFilter) { registrations(filter: $f, first: 100) { totalCount edges { node { id enterprise { id } } } } }`;
    const others = await graph.query(q, { f: { enterpriseId: E2 } }, 'ADMIN');
    expect(others.data!.registrations.totalCount).toBeGreaterThan(0);
    const ownForAdmin = await graph.query(q, { f: { enterpriseId: E1 } }, 'ADMIN');
    expect(ownForAdmin.data!.registrations.totalCount).toBeGreaterThan(0);

    const all = await graph.query(q, {}, asE1);
    expect(all.errors).toBeUndefined();
    expect(all.data!.registrations.totalCount).toBe(ownForAdmin.data!.registrations.totalCount);
    expect(enterprisesOf(all.data!.registrations).length).toBeGreaterThan(0);
    expect(new Set(enterprisesOf(all.data!.registrations))).toEqual(new Set([E1]));
    const filtered = await graph.query(q, { f: { enterpriseId: E2 } }, asE1);
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data!.registrations).toEqual({ totalCount: 0, edges: [] });
    const byActivity = await graph.query(q, { f: { activityId: TRAINING } }, asE1);
    expect(enterprisesOf(byActivity.data!.registrations)).toEqual([E1]);
  });

  it('nested lists: Activity.registrations and Activity.feedback are shorter, with only its own', async () => {
    const q = `query ($id: ID!) { activity(id: $id) { title registrations(first: 100) { totalCount edges { node { enterprise { id } } } } feedback(first: 100) { enterprise { id } } } }`;
    const admin = (await graph.query(q, { id: TRAINING }, 'ADMIN')).data!.activity;
    expect(new Set(enterprisesOf(admin.registrations)).size).toBeGreaterThan(1);
    const feedbackBy = (list: Array<{ enterprise: { id: string } }>) => list.map((f) => f.enterprise.id);
    expect(new Set(feedbackBy(admin.feedback)).size).toBeGreaterThan(1);
    expect(feedbackBy(admin.feedback)).toContain(E1);

    const own = await graph.query(q, { id: TRAINING }, asE1);
    expect(own.errors).toBeUndefined();
    // the activity itself is public: it resolves, only its tenant-scoped lists are narrowed
    expect(own.data!.activity.title).toBe(admin.title);
    expect(own.data!.activity.registrations.totalCount).toBe(1);
    expect(enterprisesOf(own.data!.activity.registrations)).toEqual([E1]);
    expect(feedbackBy(own.data!.activity.feedback)).toEqual([E1]);
  });

  it('by id: another enterprise’s registration answers exactly as an id that does not exist', async () => {
    const q = `query ($id: ID!) { registration(id: $id) { id enterprise { id } } }`;
    const admin = await graph.query(q, { id: E2_REGISTRATION }, 'ADMIN');
    expect(admin.data!.registration).toEqual({ id: E2_REGISTRATION, enterprise: { id: E2 } });
    const own = await graph.query(q, { id: E1_REGISTRATION }, asE1);
    expect(own.data!.registration).toEqual({ id: E1_REGISTRATION, enterprise: { id: E1 } });

    const other = await graph.query(q, { id: E2_REGISTRATION }, asE1);
    const missing = await graph.query(q, { id: MISSING }, asE1);
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ registration: null });
    expect(other.data).toEqual(missing.data);
  });

  it('_entities: another enterprise’s Registration and Enterprise references are null, like unknown ids', async () => {
    const q = `query ($r: [_Any!]!) { _entities(representations: $r) {
        ... on Registration { id status }
        ... on Enterprise { id activitiesAttended { id } activityRegistrations(first: 100) { id } } } }`;
    const r = [
      { __typename: 'Registration', id: E2_REGISTRATION },
      { __typename: 'Registration', id: MISSING },
      { __typename: 'Enterprise', id: E2 },
      { __typename: 'Registration', id: E1_REGISTRATION },
      { __typename: 'Enterprise', id: E1 },
    ];
    const admin = await graph.query(q, { r }, 'ADMIN');
    expect(admin.errors).toBeUndefined();
    const [adminReg, , adminE2] = admin.data!._entities;
    expect(adminReg).toEqual({ id: E2_REGISTRATION, status: 'ATTENDED' });
    expect(adminE2.activitiesAttended.length).toBeGreaterThan(0);
    expect(adminE2.activityRegistrations.length).toBeGreaterThan(0);

    const own = await graph.query(q, { r }, asE1);
    expect(own.errors).toBeUndefined();
    const [reg, unknown, enterprise, ownReg, ownEnterprise] = own.data!._entities;
    expect(unknown).toBeNull();
    expect(reg).toBeNull();
    expect(enterprise).toBeNull();
    expect(ownReg).toEqual({ id: E1_REGISTRATION, status: 'ATTENDED' });
    expect(ownEnterprise.activitiesAttended.length).toBeGreaterThan(0);
    expect(ownEnterprise.activityRegistrations.length).toBeGreaterThan(0);
  });

  it('statistics: topEnterprises counts only the caller’s own enterprise', async () => {
    const q = `{ activityStatistics { total topEnterprises(first: 50) { enterprise { id } count } } }`;
    const admin = (await graph.query(q, {}, 'ADMIN')).data!.activityStatistics;
    expect(admin.topEnterprises.length).toBeGreaterThan(1);
    const e1 = admin.topEnterprises.find((t: { enterprise: { id: string } }) => t.enterprise.id === E1);
    expect(e1).toBeDefined();

    const own = await graph.query(q, {}, asE1);
    expect(own.errors).toBeUndefined();
    // activities are not tenant records: every caller counts the same activities
    expect(own.data!.activityStatistics.total).toBe(admin.total);
    expect(own.data!.activityStatistics.topEnterprises).toEqual([e1]);
  });

  it('writes to another enterprise’s registration miss exactly like an unknown id (NOT_FOUND, no owner named)', async () => {
    const { id } = await planOpenActivity(graph, 3, venueId);
    const theirs = (await graph.query(REGISTER, { input: { activityId: id, enterpriseId: E2, personName: '王五', personPhone: '13800001111' } }, asE2)).data!
      .register;
    const q = `mutation ($id: ID!, $v: Int!) { cancelRegistration(id: $id, expectedVersion: $v) { status } }`;
    const other = await graph.query(q, { id: theirs.id, v: theirs.version }, asE1);
    const missing = await graph.query(q, { id: MISSING, v: 1 }, asE1);
    expect(other.data).toBeNull();
    expect(other.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(other.errors![0].message.replace(theirs.id, MISSING)).toBe(missing.errors![0].message);
    expect(other.errors![0].message).not.toContain(E2);
    const stillThere = await graph.query(`query ($id: ID!) { registration(id: $id) { status } }`, { id: theirs.id }, 'ADMIN');
    expect(stillThere.data!.registration).toEqual({ status: 'CONFIRMED' });
  });

  it('seat hand-over and waitlist promotion see every enterprise’s registrations when an ENTERPRISE cancels or registers', async () => {
    const { id } = await planOpenActivity(graph, 1, venueId);
    const mine = (await graph.query(REGISTER, { input: { activityId: id, enterpriseId: E1, personName: '张三' } }, asE1)).data!.register;
    expect(mine.status).toBe('CONFIRMED');
    const theirs = (await graph.query(REGISTER, { input: { activityId: id, enterpriseId: E2, personName: '李四' } }, asE2)).data!.register;
    expect(theirs.status).toBe('WAITLISTED');
    // E1 joins the waitlist behind E2's person
    const second = (await graph.query(REGISTER, { input: { activityId: id, enterpriseId: E1, personName: '赵六' } }, asE1)).data!.register;
    expect(second.status).toBe('WAITLISTED');

    const cancelled = await graph.query(
      `mutation ($id: ID!, $v: Int!) { cancelRegistration(id: $id, expectedVersion: $v) { status activity { seatsTaken seatsLeft waitlistCount } } }`,
      { id: mine.id, v: mine.version },
      asE1,
    );
    expect(cancelled.errors).toBeUndefined();
    // the freed seat is offered to the first waitlisted person — E2's, whom E1 cannot see
    expect(cancelled.data!.cancelRegistration).toEqual({ status: 'CANCELLED', activity: { seatsTaken: 1, seatsLeft: 0, waitlistCount: 1 } });
    const after = await graph.query(
      `query ($a: ID!, $b: ID!) { a: registration(id: $a) { status } b: registration(id: $b) { status } }`,
      { a: theirs.id, b: second.id },
      'ADMIN',
    );
    expect(after.data).toEqual({ a: { status: 'OFFERED' }, b: { status: 'WAITLISTED' } });
  });

  it('personal information: an ENTERPRISE caller sees its own registrants in the clear', async () => {
    const q = `query ($id: ID!) { registration(id: $id) { personName personPhone } }`;
    const own = await graph.query(q, { id: E1_REGISTRATION }, asE1);
    expect(own.errors).toBeUndefined();
    expect(own.data!.registration.personName).not.toContain('*');
    expect(own.data!.registration.personPhone).toMatch(/^1\d{10}$/);
    const analyst = await graph.query(q, { id: E1_REGISTRATION }, 'ANALYST');
    expect(analyst.data!.registration.personName).toMatch(/\*/);
  });

  it('personal information: names of staff in actor stamps are masked for ENTERPRISE and ANALYST, clear for POLICE', async () => {
    const planned = await graph.query(
      `mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id } }`,
      { input: { title: '署名测试', kind: 'TRAINING', venueId, startsAt: '2030-06-01T09:00:00+08:00', endsAt: '2030-06-01T10:00:00+08:00', capacity: 3 } },
      { role: 'POLICE', subject: 'officer-9', name: '李警官' },
    );
    const activityId = planned.data!.planActivity.id;
    const stamps = `query ($id: ID!) { activity(id: $id) { created { subject name } updated { name } } }`;
    const police = await graph.query(stamps, { id: activityId }, 'POLICE');
    expect(police.data!.activity).toEqual({ created: { subject: 'officer-9', name: '李警官' }, updated: { name: '李警官' } });
    // the clear read is audited (PII_POLICY's Staff), the masked ones are not
    const audited = () => piiAuditModel(graph.db.connection).find({ entity: 'Staff', entityId: activityId }).lean();
    expect(await audited()).toEqual([expect.objectContaining({ role: 'POLICE', fields: ['Activity.created.name', 'Activity.updated.name'] })]);
    for (const caller of [asE1, 'ANALYST'] as const) {
      const masked = await graph.query(stamps, { id: activityId }, caller);
      expect(masked.errors).toBeUndefined();
      expect(masked.data!.activity).toEqual({ created: { subject: 'officer-9', name: '李**' }, updated: { name: '李**' } });
    }
    expect(await audited()).toHaveLength(1);
  });

  it('feedback only from people who attended (checked in), of the caller’s own enterprise', async () => {
    const a = await planOpenActivity(graph, 5, venueId);
    const mine = (await graph.query(REGISTER, { input: { activityId: a.id, enterpriseId: E1, personName: '张三' } }, asE1)).data!.register;
    const theirs = (await graph.query(REGISTER, { input: { activityId: a.id, enterpriseId: E2, personName: '李四' } }, asE2)).data!.register;
    await atTime(minutes(a.startsAt, -10), async () => {
      expect((await graph.query(CHECK_IN, { id: mine.id, v: mine.version }, 'POLICE')).data!.checkIn.attended).toBe(true);
      expect((await graph.query(START, { id: a.id, v: a.version }, 'POLICE')).errors).toBeUndefined();
    });
    expect((await graph.query(CLOSE, { id: a.id, v: a.version + 1, input: { summary: '好' } }, 'POLICE')).errors).toBeUndefined();

    const leave = (registrationId: string, caller: object | string) =>
      graph.query(
        `mutation ($input: LeaveFeedbackInput!) { leaveFeedback(input: $input) { rating enterprise { id } } }`,
        { input: { registrationId, rating: 3 } },
        caller as never,
      );
    // registered but never checked in (a no-show), by the enterprise or on its behalf by an officer
    for (const caller of [asE2, 'POLICE'] as const)
      expect((await leave(theirs.id, caller)).errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'NO_SHOW' });
    // another enterprise's attendee: not found for E2, like an unknown id
    expect((await leave(mine.id, asE2)).errors![0].extensions!.code).toBe('NOT_FOUND');
    const ok = await leave(mine.id, asE1);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.leaveFeedback).toEqual({ rating: 3, enterprise: { id: E1 } });
  });
});
