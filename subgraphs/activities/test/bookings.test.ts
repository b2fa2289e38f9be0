import { Types } from 'mongoose';
import { demoId } from '@pecg/demo';
import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { activitiesSubgraph, runTimeRules, type ActivitiesModels } from '../src';
import { atTime, minutes, nextSlot, planActivity, planOpenActivity, REGISTER } from './helpers';

/** Issue 15 item 1: room bookings that never overlap, capacity within the room's seats, unused bookings released. */
describe('activities subgraph: room bookings', () => {
  let graph: TestSubgraph<ActivitiesModels>;
  const room = demoId('venue', 1).toHexString(); // 警企议事室, 20 seats, 08:30–21:00
  const BOOK = `mutation ($input: BookVenueInput!) { bookVenue(input: $input) { id status statusLabel startsAt endsAt version venue { name } } }`;
  beforeAll(async () => {
    graph = await startTestSubgraph(activitiesSubgraph, { seed: true });
  });
  afterAll(async () => {
    await graph.stop();
  });

  const book = (startsAt: string | Date, endsAt: string | Date, purpose = '议事') =>
    graph.query(BOOK, { input: { venueId: room, startsAt, endsAt, purpose } }, 'POLICE');

  it('of concurrent bookings of one slot exactly one wins; overlapping ones are refused, adjacent ones are not', async () => {
    const { startsAt, endsAt } = nextSlot();
    // twelve bookings of the same room at overlapping times, all at once over HTTP
    const racers = await Promise.all(Array.from({ length: 12 }, (_, i) => book(minutes(startsAt, (i % 4) * 15), minutes(endsAt, (i % 4) * 15), `竞争${i}`)));
    const won = racers.filter((r) => r.errors === undefined);
    expect(won).toHaveLength(1);
    for (const lost of racers.filter((r) => r.errors)) expect(lost.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.startsAt' });
    const winner = won[0].data!.bookVenue;
    expect(winner).toMatchObject({ status: 'BOOKED', statusLabel: '已预约', venue: { name: '警企议事室' } });
    // only the winner's slots are held: the losers cleaned up after themselves
    const slots = await graph.models.BookingSlot.find({
      venueId: new Types.ObjectId(room),
      slot: { $gte: new Date(startsAt), $lt: minutes(endsAt, 60) },
    }).lean();
    expect(new Set(slots.map((s) => s.bookingId.toHexString()))).toEqual(new Set([winner.id]));
    expect(slots).toHaveLength(8);
    // right after it ends, and right before it starts: free
    expect((await book(winner.endsAt, minutes(winner.endsAt, 60))).errors).toBeUndefined();
    expect((await book(minutes(winner.startsAt, -30), winner.startsAt)).errors).toBeUndefined();
    // one minute into it: taken
    const overlap = await book(minutes(winner.endsAt, -1), minutes(winner.endsAt, 30));
    expect(overlap.errors![0].extensions).toMatchObject({ code: 'CONFLICT', conflictingBookingId: winner.id });
  });

  it('an activity at a room holds a booking: concurrent plans of one slot give one activity; capacity within the seats; opening hours', async () => {
    const slot = nextSlot();
    const plan = (i: number) =>
      graph.query(
        `mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id booking { status startsAt endsAt } } }`,
        { input: { title: `同时段${i}`, kind: 'SYMPOSIUM', venueId: room, capacity: 10, ...slot } },
        'POLICE',
      );
    const plans = await Promise.all(Array.from({ length: 6 }, (_, i) => plan(i)));
    const ok = plans.filter((p) => p.errors === undefined);
    expect(ok).toHaveLength(1);
    expect(ok[0].data!.planActivity.booking).toEqual({ status: 'BOOKED', startsAt: slot.startsAt, endsAt: slot.endsAt });
    expect(await graph.models.Activity.countDocuments({ title: /^同时段/ })).toBe(1);
    expect(await graph.models.Booking.countDocuments({ purpose: /^同时段/ })).toBe(1);

    const tooBig = await graph.query(
      `mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id } }`,
      { input: { title: '超员', kind: 'TRAINING', venueId: room, capacity: 21, ...nextSlot() } },
      'POLICE',
    );
    expect(tooBig.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.capacity', value: 21 });
    expect(tooBig.errors![0].message).toContain('20 seats');
    const night = await book('2030-09-01T13:30:00.000Z', '2030-09-01T14:00:00.000Z'); // 21:30 China time
    expect(night.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startsAt' });
    expect(night.errors![0].message).toContain('08:30–21:00');
    // an outside address needs no room; a room and an address together are refused
    const outside = await planActivity(graph, { address: '万象广场', capacity: 300 });
    expect(outside.id).toEqual(expect.any(String));
    const both = await graph.query(
      `mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id } }`,
      { input: { title: '两处', kind: 'TRAINING', venueId: room, address: '万象广场', capacity: 3, ...nextSlot() } },
      'POLICE',
    );
    expect(both.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.venueId' });
  });

  it('releases a booking nobody checked into within 30 minutes of its start (the scheduled job at a test clock)', async () => {
    const { startsAt, endsAt } = nextSlot();
    const unused = (await book(startsAt, endsAt, '无人使用')).data!.bookVenue;
    const later = nextSlot();
    const used = (await book(later.startsAt, later.endsAt, '有人使用')).data!.bookVenue;
    const checkIn = await atTime(minutes(later.startsAt, -5), () =>
      graph.query(
        `mutation ($id: ID!, $v: Int!) { checkInBooking(id: $id, expectedVersion: $v) { status checkedInAt } }`,
        { id: used.id, v: used.version },
        'POLICE',
      ),
    );
    expect(checkIn.data!.checkInBooking.status).toBe('IN_USE');
    const status = async (id: string) => (await graph.models.Booking.findById(id).lean())!.status;

    await runTimeRules(graph.models, minutes(startsAt, 29));
    expect(await status(unused.id)).toBe('BOOKED');
    expect((await book(startsAt, endsAt, '抢占')).errors![0].extensions!.code).toBe('CONFLICT');
    await runTimeRules(graph.models, minutes(startsAt, 30));
    const released = await graph.models.Booking.findById(unused.id).lean();
    expect(released).toMatchObject({ status: 'RELEASED', releaseReason: 'NO_CHECK_IN', version: 2 });
    // idempotent: a second run changes nothing more; the room is free again
    await runTimeRules(graph.models, minutes(startsAt, 31));
    expect(await graph.models.Booking.findById(unused.id).lean()).toEqual(released);
    expect((await book(startsAt, endsAt, '改用')).errors).toBeUndefined();
    // the one checked into is kept past its release time
    await runTimeRules(graph.models, minutes(later.startsAt, 45));
    expect(await status(used.id)).toBe('IN_USE');
  });

  it('cancelling an activity cancels its registrations and releases its booking', async () => {
    const a = await planOpenActivity(graph, 2, room);
    const regs: Array<{ id: string; version: number; status: string }> = [];
    for (let i = 0; i < 4; i++)
      regs.push(
        (await graph.query(REGISTER, { input: { activityId: a.id, enterpriseId: demoId('enterprise', 1 + i).toHexString(), personName: `取消${i}` } })).data!
          .register,
      );
    expect(regs.map((r) => r.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED', 'WAITLISTED']);
    const cancelled = await graph.query(
      `mutation ($id: ID!, $v: Int!) { cancelActivity(id: $id, expectedVersion: $v, reason: "场地维修") { status statusLabel cancellationReason cancelledAt seatsTaken waitlistCount booking { status releaseReason } registrations { totalCount edges { node { status } } } } }`,
      { id: a.id, v: a.version },
      'POLICE',
    );
    expect(cancelled.errors).toBeUndefined();
    const c = cancelled.data!.cancelActivity;
    expect(c).toMatchObject({
      status: 'CANCELLED',
      statusLabel: '已取消',
      cancellationReason: '场地维修',
      seatsTaken: 0,
      waitlistCount: 0,
      booking: { status: 'CANCELLED', releaseReason: 'ACTIVITY_CANCELLED' },
    });
    expect(c.cancelledAt).toEqual(expect.any(String));
    expect(c.registrations.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED', 'CANCELLED']);
    // the room is free for another activity at that time
    expect((await book(a.startsAt, a.endsAt, '改作他用')).errors).toBeUndefined();
    // nobody can register any more
    const late = await graph.query(REGISTER, { input: { activityId: a.id, enterpriseId: demoId('enterprise', 9).toHexString(), personName: '迟到' } });
    expect(late.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'CANCELLED' });
  });

  it('shows a room with location, seats, equipment, opening hours and its bookings', async () => {
    const { data, errors } = await graph.query(
      `query ($id: ID!) { venue(id: $id) { name seats location equipment openingHours { weekdays opens closes } bookings(from: "2023-08-01T00:00:00+08:00", before: "2023-09-01T00:00:00+08:00") { purpose status activity { title } } } }`,
      { id: demoId('venue', 2).toHexString() },
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    expect(data!.venue).toMatchObject({ name: '党建活动室', seats: 42, location: expect.any(String), openingHours: { opens: '08:30', closes: '21:00' } });
    expect(data!.venue.equipment.length).toBeGreaterThan(0);
    expect(data!.venue.bookings).toContainEqual({ purpose: '知识产权保护及风险防范培训', status: 'IN_USE', activity: { title: '知识产权保护及风险防范培训' } });
  });
});
