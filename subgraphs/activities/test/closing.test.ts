import { demoEnterpriseId, demoId } from '@pecg/demo';
import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { activitiesSubgraph, retryPendingOutcomes, runTimeRules, type ActivitiesModels } from '../src';
import { atTime, CHECK_IN, CLOSE, minutes, planOpenActivity, REGISTER, START } from './helpers';

/**
 * Issue 15 items 5–7 in the subgraph alone: the closing report (no-shows, attending organisations,
 * outcomes kept in the outbox while the gateway is unreachable), and statistics equal to the counts of
 * the underlying records. The outcome → service need through the gateway is in graph.test.ts.
 */
describe('activities subgraph: closing report, no-shows and statistics', () => {
  let graph: TestSubgraph<ActivitiesModels>;
  const venueId = demoId('venue', 2).toHexString();
  const saved = process.env.GATEWAY_URL;
  beforeAll(async () => {
    // nothing listens there: the enterprises side is "down" for this suite
    process.env.GATEWAY_URL = 'http://127.0.0.1:9/graphql';
    graph = await startTestSubgraph(activitiesSubgraph, { seed: true });
  });
  afterAll(async () => {
    await graph.stop();
    if (saved === undefined) delete process.env.GATEWAY_URL;
    else process.env.GATEWAY_URL = saved;
  });

  it('closes with no-shows, attending enterprises and outcomes that wait in the outbox while the gateway is down', async () => {
    const a = await planOpenActivity(graph, 3, venueId);
    const regs: Array<{ id: string; version: number; status: string }> = [];
    for (const [i, e] of [1, 5, 9, 13].entries()) {
      regs.push(
        (await graph.query(REGISTER, { input: { activityId: a.id, enterpriseId: demoEnterpriseId(e).toHexString(), personName: `结项${i}` } })).data!.register,
      );
    }
    expect(regs.map((r) => r.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
    await atTime(minutes(a.startsAt, -5), async () => {
      for (const r of regs.slice(0, 2)) expect((await graph.query(CHECK_IN, { id: r.id, v: r.version }, 'POLICE')).errors).toBeUndefined();
      expect((await graph.query(START, { id: a.id, v: a.version }, 'POLICE')).errors).toBeUndefined();
    });
    const input = {
      summary: '交流营商环境问题',
      otherOrganisations: ['分局治安大队'],
      photos: [{ title: '合影', takenAt: a.startsAt }],
      outcomes: [
        {
          kind: 'NEED_RAISED',
          enterpriseId: demoEnterpriseId(5).toHexString(),
          description: '希望协调员工夜间通勤安全',
          needCategory: 'SECURITY',
          dueOn: '2026-12-20',
        },
        { kind: 'NOTE', description: '形成座谈纪要' },
      ],
    };
    const bad = await graph.query(
      CLOSE,
      { id: a.id, v: a.version + 1, input: { ...input, outcomes: [{ kind: 'NEED_RAISED', description: '缺企业' }] } },
      'POLICE',
    );
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.outcomes.0.enterpriseId' });
    const closed = await graph.query(CLOSE, { id: a.id, v: a.version + 1, input }, 'POLICE');
    expect(closed.errors).toBeUndefined();
    const c = closed.data!.closeActivity;
    expect(c).toMatchObject({ status: 'COMPLETED', noShowCount: 1, attendedCount: 2, seatsTaken: 3, waitlistCount: 0 });
    expect(c.report).toMatchObject({ summary: '交流营商环境问题', attendeeCount: 2, otherOrganisations: ['分局治安大队'], photos: [{ title: '合影' }] });
    expect(c.report.attendingEnterprises.map((e: { id: string }) => e.id).sort()).toEqual(
      [demoEnterpriseId(1), demoEnterpriseId(5)].map((id) => id.toHexString()).sort(),
    );
    // acknowledged although the need could not be created yet: it waits, PENDING, with the failure's code
    expect(c.report.outcomes).toEqual([
      expect.objectContaining({ kind: 'NEED_RAISED', kindLabel: '提出需求', deliveryState: 'PENDING', recordId: null, attempts: 1, lastError: 'UNAVAILABLE' }),
      expect.objectContaining({ kind: 'NOTE', deliveryState: 'NOT_APPLICABLE', attempts: 0 }),
    ]);
    // the job tries again (still down): still pending, one more attempt, nothing lost
    await retryPendingOutcomes(graph.models, new Date());
    const after = await graph.query(`query ($id: ID!) { activity(id: $id) { report { outcomes { deliveryState attempts } } } }`, { id: a.id });
    expect(after.data!.activity.report.outcomes[0]).toEqual({ deliveryState: 'PENDING', attempts: 2 });
    const statuses = await graph.query(`query ($id: ID!) { registrations(filter: { activityId: $id }) { edges { node { status statusLabel } } } }`, {
      id: a.id,
    });
    expect(statuses.data!.registrations.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual([
      'ATTENDED',
      'ATTENDED',
      'NO_SHOW',
      'CANCELLED',
    ]);
    expect(statuses.data!.registrations.edges[2].node.statusLabel).toBe('未到场');
    // no-shows do not count as attended for their enterprise
    const entity = await graph.query(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { activitiesAttended { id } } } }`, {
      r: [{ __typename: 'Enterprise', id: demoEnterpriseId(9).toHexString() }],
    });
    expect(entity.data!._entities[0].activitiesAttended.map((x: { id: string }) => x.id)).not.toContain(a.id);
  });

  it('finishes a cancel or a close the process stopped in the middle of (the time rules repeat the follow-up writes)', async () => {
    const at = new Date();
    const setUp = async () => {
      const a = await planOpenActivity(graph, 2, venueId);
      for (let i = 0; i < 3; i++)
        await graph.query(REGISTER, { input: { activityId: a.id, enterpriseId: demoEnterpriseId(1 + i).toHexString(), personName: `中断${i}` } });
      return a;
    };
    const statuses = async (id: string) =>
      (await graph.models.Registration.find({ activityId: id }).sort({ registeredAt: 1, _id: 1 }).lean()).map((r) => r.status);
    // only the activity's own write happened before the crash
    const cancelled = await setUp();
    await graph.models.Activity.updateOne({ _id: cancelled.id }, { $set: { status: 'CANCELLED', cancelledAt: at, cancellationReason: '中断' } });
    const closed = await setUp();
    await graph.models.Activity.updateOne(
      { _id: closed.id },
      { $set: { status: 'COMPLETED', report: { summary: '中断', attendeeCount: 0, closedAt: at, closed: { subject: 's', role: 'POLICE', at } } } },
    );
    expect(await statuses(cancelled.id)).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED']);

    const run = await runTimeRules(graph.models, minutes(at.toISOString(), 1));
    expect(run.repaired).toBe(2);
    expect(await statuses(cancelled.id)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
    const booking = (await graph.models.Activity.findById(cancelled.id).lean())!.bookingId;
    expect((await graph.models.Booking.findById(booking).lean())!.status).toBe('CANCELLED');
    expect(await statuses(closed.id)).toEqual(['NO_SHOW', 'NO_SHOW', 'CANCELLED']);
    expect((await graph.models.Activity.findById(closed.id).lean())!.noShowCount).toBe(2);
    // nothing left to repair
    expect((await runTimeRules(graph.models, minutes(at.toISOString(), 2))).repaired).toBe(0);
  });

  it('computes statistics equal to the counts of the underlying registrations, feedback and bookings', async () => {
    const filter = { startsFrom: '2022-01-01T00:00:00+08:00', startsBefore: '2024-01-01T00:00:00+08:00' };
    const stats = await graph.query(
      `query ($f: ActivityFilter) { activityStatistics(filter: $f) {
          total completedSeats attended noShows attendanceRate noShowRate
          byOrganiser { organiserKind organiserKindLabel count }
          feedback { count averageRating } feedbackByKind { kind count averageRating } feedbackByOrganiser { organiserKind count }
          participation(first: 100) { enterprise { id } registered attended noShows lastAttendedAt }
          venueUtilisation(from: "2023-08-01T00:00:00+08:00", before: "2023-09-01T00:00:00+08:00") { venue { name } week bookings bookedMinutes openMinutes rate } } }`,
      { f: filter },
      'ANALYST',
    );
    expect(stats.errors).toBeUndefined();
    const s = stats.data!.activityStatistics;
    const count = async (f: object) =>
      (await graph.query(`query ($f: RegistrationFilter) { registrations(filter: $f) { totalCount } }`, { f }, 'ADMIN')).data!.registrations
        .totalCount as number;
    const completed = (
      await graph.query(
        `query ($f: ActivityFilter) { activities(filter: $f, first: 100) { edges { node { id feedbackCount } } } }`,
        { f: { ...filter, statuses: ['COMPLETED'] } },
        'ADMIN',
      )
    ).data!.activities.edges.map((e: { node: { id: string; feedbackCount: number } }) => e.node);
    let attended = 0;
    let noShows = 0;
    for (const { id } of completed) {
      attended += await count({ activityId: id, statuses: ['ATTENDED'] });
      noShows += await count({ activityId: id, statuses: ['NO_SHOW'] });
    }
    expect({ attended: s.attended, noShows: s.noShows, completedSeats: s.completedSeats }).toEqual({ attended, noShows, completedSeats: attended + noShows });
    expect(s.attendanceRate).toBeCloseTo(attended / (attended + noShows));
    expect(s.noShowRate).toBeCloseTo(noShows / (attended + noShows));
    expect(s.byOrganiser.reduce((sum: number, r: { count: number }) => sum + r.count, 0)).toBe(s.total);
    expect(s.byOrganiser.find((r: { organiserKind: string }) => r.organiserKind === 'ALLIANCE').organiserKindLabel).toBe('警企党建红盟');
    // feedback equals the feedback records (counted per activity)
    const feedbackRecords = completed.reduce((sum: number, x: { feedbackCount: number }) => sum + x.feedbackCount, 0);
    expect(s.feedback.count).toBe(feedbackRecords);
    expect(await graph.models.Feedback.countDocuments({ activityId: { $in: completed.map((x: { id: string }) => x.id) } })).toBe(feedbackRecords);
    expect(s.feedbackByKind.reduce((sum: number, r: { count: number }) => sum + r.count, 0)).toBe(feedbackRecords);
    expect(s.feedbackByOrganiser.reduce((sum: number, r: { count: number }) => sum + r.count, 0)).toBe(feedbackRecords);
    // participation per enterprise equals that enterprise's registrations
    const e1 = s.participation.find((p: { enterprise: { id: string } }) => p.enterprise.id === demoEnterpriseId(1).toHexString());
    const e1Attended = await graph.models.Registration.countDocuments({
      enterpriseId: demoEnterpriseId(1),
      status: 'ATTENDED',
      activityStartsAt: { $gte: new Date(filter.startsFrom), $lt: new Date(filter.startsBefore) },
    });
    expect(e1.attended).toBe(e1Attended);
    expect(s.participation.reduce((sum: number, p: { attended: number }) => sum + p.attended, 0)).toBe(attended);
    // utilisation equals the holding bookings of the month, per room and week
    const holding = await graph.models.Booking.find({
      startsAt: { $gte: new Date('2023-08-01T00:00:00+08:00'), $lt: new Date('2023-09-01T00:00:00+08:00') },
      status: { $in: ['BOOKED', 'IN_USE'] },
    }).lean();
    expect(s.venueUtilisation.reduce((sum: number, u: { bookings: number }) => sum + u.bookings, 0)).toBe(holding.length);
    expect(s.venueUtilisation.reduce((sum: number, u: { bookedMinutes: number }) => sum + u.bookedMinutes, 0)).toBe(
      holding.reduce((sum, b) => sum + (b.endsAt.getTime() - b.startsAt.getTime()) / 60_000, 0),
    );
    const training = s.venueUtilisation.find((u: { week: string; venue: { name: string } }) => u.week === '2023-W32' && u.venue.name === '党建活动室');
    expect(training).toMatchObject({ bookings: 1, bookedMinutes: 120, openMinutes: 7 * 750 });
    expect(training.rate).toBeCloseTo(120 / 5250);
  });

  it('keeps the September 2022 集中学习 of the investment-warning story, linked to its risk alert', async () => {
    const { INVESTMENT_WARNING_STORY: story } = await import('@pecg/demo');
    const { data, errors } = await graph.query(
      `query ($id: ID!) { activity(id: $id) { title kind startsAt endsAt venue { name } organiserKind attendedCount registrations(first: 100) { edges { node { status enterprise { id } } } }
         report { outcomes { kind deliveryState recordId riskAlert { id } enterprise { id } } } } }`,
      { id: story.activityId.toHexString() },
    );
    expect(errors).toBeUndefined();
    const a = data!.activity;
    expect(a).toMatchObject({
      title: story.activityTitle,
      kind: 'THEMATIC_STUDY',
      startsAt: story.activityStartsAt.toISOString(),
      endsAt: story.activityEndsAt.toISOString(),
      venue: { name: story.venue },
    });
    const park = demoEnterpriseId(story.enterpriseN).toHexString();
    expect(a.registrations.edges).toContainEqual({ node: { status: 'ATTENDED', enterprise: { id: park } } });
    expect(a.report.outcomes).toEqual([
      {
        kind: 'RISK_FOUND',
        deliveryState: 'CREATED',
        recordId: story.alertId.toHexString(),
        riskAlert: { id: story.alertId.toHexString() },
        enterprise: { id: park },
      },
    ]);
  });
});
