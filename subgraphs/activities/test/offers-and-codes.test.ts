import { demoEnterpriseId, demoId } from '@pecg/demo';
import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { activitiesSubgraph, runTimeRules, type ActivitiesModels } from '../src';
import { atTime, minutes, planOpenActivity, REGISTER } from './helpers';

/** Issue 15 items 3 and 4: a freed seat is offered to the first waitlisted person for a limited time; one-time check-in codes. */
describe('activities subgraph: waitlist offers and check-in codes', () => {
  let graph: TestSubgraph<ActivitiesModels>;
  const venueId = demoId('venue', 4).toHexString();
  const E1 = demoEnterpriseId(1).toHexString();
  const E2 = demoEnterpriseId(5).toHexString();
  const asE1 = { role: 'ENTERPRISE' as const, enterpriseId: E1 };
  const asE2 = { role: 'ENTERPRISE' as const, enterpriseId: E2 };
  beforeAll(async () => {
    graph = await startTestSubgraph(activitiesSubgraph, { seed: true });
  });
  afterAll(async () => {
    await graph.stop();
  });

  let n = 0;
  const register = (activityId: string, enterpriseId = E1, caller: object | string = 'POLICE') =>
    graph.query(
      REGISTER,
      { input: { activityId, enterpriseId, personName: `候补${n}`, personPhone: `1360000${String(n++).padStart(4, '0')}` } },
      caller as never,
    );
  const registration = async (id: string) =>
    (await graph.query(`query ($id: ID!) { registration(id: $id) { status statusLabel version offeredAt offerExpiresAt offerExpiredAt } }`, { id })).data!
      .registration;
  const CANCEL = `mutation ($id: ID!, $v: Int!) { cancelRegistration(id: $id, expectedVersion: $v) { status } }`;
  const ACCEPT = `mutation ($id: ID!, $v: Int!) { acceptOffer(id: $id, expectedVersion: $v) { status version } }`;

  it('offers a freed seat to the first waitlisted person for 24 hours; unanswered, it goes to the next', async () => {
    const a = await planOpenActivity(graph, 1, venueId);
    const [seated, first, second] = [(await register(a.id)).data!.register, (await register(a.id)).data!.register, (await register(a.id)).data!.register];
    expect([seated.status, first.status, second.status]).toEqual(['CONFIRMED', 'WAITLISTED', 'WAITLISTED']);
    const freedAt = minutes(a.startsAt, -5 * 24 * 60);
    await atTime(freedAt, () => graph.query(CANCEL, { id: seated.id, v: seated.version }, 'POLICE'));
    const offered = await registration(first.id);
    expect(offered).toMatchObject({
      status: 'OFFERED',
      statusLabel: '候补递补待确认',
      offeredAt: freedAt.toISOString(),
      offerExpiresAt: minutes(freedAt.toISOString(), 24 * 60).toISOString(),
    });
    // the seat is held for them: a newcomer waits
    expect((await register(a.id)).data!.register.status).toBe('WAITLISTED');

    // a minute before the expiry nothing lapses; at the expiry the offer lapses and the next person is offered the seat
    await runTimeRules(graph.models, minutes(offered.offerExpiresAt, -1));
    expect((await registration(first.id)).status).toBe('OFFERED');
    await runTimeRules(graph.models, minutes(offered.offerExpiresAt, 0));
    expect(await registration(first.id)).toMatchObject({ status: 'CANCELLED', offerExpiredAt: offered.offerExpiresAt });
    expect((await registration(second.id)).status).toBe('OFFERED');
    const activity = (await graph.query(`query ($id: ID!) { activity(id: $id) { seatsTaken seatsLeft waitlistCount } }`, { id: a.id })).data!.activity;
    expect(activity).toEqual({ seatsTaken: 1, seatsLeft: 0, waitlistCount: 1 });

    // the lapsed offer cannot be accepted; the live one can, before it expires
    const lapsed = await atTime(minutes(offered.offerExpiresAt, 1), () => graph.query(ACCEPT, { id: first.id, v: offered.version + 1 }, 'POLICE'));
    expect(lapsed.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'CANCELLED' });
    const live = await registration(second.id);
    const accepted = await atTime(minutes(live.offerExpiresAt, -1), () => graph.query(ACCEPT, { id: second.id, v: live.version }, asE1));
    expect(accepted.data!.acceptOffer).toEqual({ status: 'CONFIRMED', version: live.version + 1 });
  });

  it('never seats a newcomer while someone waits, even in the moment a resize has added seats and not yet offered them', async () => {
    const a = await planOpenActivity(graph, 1, venueId);
    const seated = (await register(a.id)).data!.register;
    const waiting = (await register(a.id)).data!.register;
    expect([seated.status, waiting.status]).toEqual(['CONFIRMED', 'WAITLISTED']);
    // a capacity change is one conditional write (capacity and seatsLeft + 1) followed by offering the added seats
    // to the waitlist; a registration arriving between the two (found by the concurrency property of
    // tools/graph) must not take the added seat: here the first step alone, as a concurrent resize leaves it
    await graph.models.Activity.updateOne({ _id: a.id }, { $inc: { capacity: 1, seatsLeft: 1 } });
    const newcomer = (await register(a.id)).data!.register;
    expect({ newcomer: newcomer.status, waiting: (await registration(waiting.id)).status }).toEqual({ newcomer: 'WAITLISTED', waiting: 'OFFERED' });
    const activity = (await graph.query(`query ($id: ID!) { activity(id: $id) { seatsTaken seatsLeft waitlistCount } }`, { id: a.id })).data!.activity;
    expect(activity).toEqual({ seatsTaken: 2, seatsLeft: 0, waitlistCount: 1 });
  });

  it('refuses an offer accepted after it expired even before the job ran, and never offers past the end of the activity', async () => {
    const a = await planOpenActivity(graph, 1, venueId);
    const seated = (await register(a.id)).data!.register;
    const waiting = (await register(a.id)).data!.register;
    // freed an hour before the end: the offer runs until the end, not 24 hours
    await atTime(minutes(a.endsAt, -60), () => graph.query(CANCEL, { id: seated.id, v: seated.version }, 'POLICE'));
    const offer = await registration(waiting.id);
    expect(offer.offerExpiresAt).toBe(a.endsAt);
    const tooLate = await atTime(minutes(a.endsAt, 0), () => graph.query(ACCEPT, { id: waiting.id, v: offer.version }, 'POLICE'));
    expect(tooLate.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'OFFERED' });
    expect(tooLate.errors![0].message).toContain('offer expired');
  });

  it('gives each registration its own unguessable one-time code, shown only to officers and the person’s own enterprise', async () => {
    const a = await planOpenActivity(graph, 10, venueId);
    const mine = (await register(a.id, E1, asE1)).data!.register;
    const theirs = (await register(a.id, E2, asE2)).data!.register;
    expect(mine.checkInCode).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(mine.checkInCode).not.toBe(theirs.checkInCode);
    const code = (caller: object | string, id = mine.id) => graph.query(`query ($id: ID!) { registration(id: $id) { checkInCode } }`, { id }, caller as never);
    expect((await code('POLICE')).data!.registration.checkInCode).toBe(mine.checkInCode);
    expect((await code(asE1)).data!.registration.checkInCode).toBe(mine.checkInCode);
    expect((await code('ANALYST')).data!.registration.checkInCode).toBeNull();
    expect((await code(asE2)).data!.registration).toBeNull();

    const WITH_CODE = `mutation ($a: ID!, $c: String!) { checkInWithCode(activityId: $a, code: $c) { id status checkInCodeUsed activity { attendedCount } } }`;
    const use = (activityId: string, c: string, caller: object | string = 'POLICE', at = minutes(a.startsAt, -10)) =>
      atTime(at, () => graph.query(WITH_CODE, { a: activityId, c }, caller as never));
    // outside the window
    const early = await use(a.id, mine.checkInCode, 'POLICE', minutes(a.startsAt, -61));
    expect(early.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'OPEN_FOR_REGISTRATION' });
    // at another activity
    const other = await planOpenActivity(graph, 10, venueId);
    const wrong = await use(other.id, mine.checkInCode);
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(wrong.errors![0].message).toContain('another activity');
    expect(wrong.errors![0].message).not.toContain(mine.checkInCode);
    // a guessed code, and another enterprise's code used by an ENTERPRISE caller: one answer, no check-in
    const guessed = await use(a.id, 'AAAAAAAAAAAAAAAAAAAAAA');
    expect(guessed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const foreign = await use(a.id, theirs.checkInCode, asE1);
    expect(foreign.errors![0].message.replace(/"[^"]*"/g, '')).toBe(guessed.errors![0].message.replace(/"[^"]*"/g, ''));
    // used twice at once: exactly one check-in
    const both = await Promise.all([use(a.id, mine.checkInCode, asE1), use(a.id, mine.checkInCode, asE1)]);
    expect(both.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(both.find((r) => r.errors === undefined)!.data!.checkInWithCode).toEqual({
      id: mine.id,
      status: 'ATTENDED',
      checkInCodeUsed: true,
      activity: { attendedCount: 1 },
    });
    // reused later: refused
    const reused = await use(a.id, mine.checkInCode);
    expect(reused.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION' });
    expect(reused.errors![0].message).toContain('was used at');
    expect((await graph.query(`query ($id: ID!) { activity(id: $id) { attendedCount } }`, { id: a.id })).data!.activity.attendedCount).toBe(1);
    // a waitlisted person's code does not check them in
    const full = await planOpenActivity(graph, 1, venueId);
    await register(full.id);
    const waitlisted = (await register(full.id)).data!.register;
    const notConfirmed = await use(full.id, waitlisted.checkInCode, 'POLICE', minutes(full.startsAt, -10));
    expect(notConfirmed.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'WAITLISTED' });
  });
});
