import { demoEnterpriseId, demoId, demoOfficerId, demoPersonName, demoPhone, upsertDemoDocuments } from '@pecg/demo';
import { monthKey, type ActorStamp } from '@pecg/common';
import { DEMO_CALENDAR } from './demo/calendar';
import type { ActivitiesModels, ActivityDoc, FeedbackDoc, RegistrationDoc, VenueDoc } from './models';

const VENUES: Array<Omit<VenueDoc, '_id'>> = [
  { name: '警企议事室', purpose: '警企议事、座谈与一对一协商', seats: 20 },
  { name: '党建活动室', purpose: '主题党日、培训与统一活动日', seats: 42 },
  { name: '清亲连心警务室', purpose: '民警与企业一对一咨询', seats: 6 },
  { name: '党建书屋', purpose: '专题学习与党建资料借阅', seats: 25 },
];

const SEED_ACTOR: ActorStamp = { subject: 'demo-seed', role: 'ADMIN', name: '演示数据', at: new Date('2023-01-01T00:00:00+08:00') };

/** Demo data: the four rooms and a year of activities with registrations from alliance members. */
export async function seedDemo(models: ActivitiesModels): Promise<{ created: number }> {
  const venues = VENUES.map((v, i) => ({ _id: demoId('venue', i + 1), ...v }));
  const activities: ActivityDoc[] = [];
  const registrations: RegistrationDoc[] = [];
  const feedback: FeedbackDoc[] = [];
  let person = 0;
  for (const a of DEMO_CALENDAR) {
    const startsAt = new Date(a.startsAt);
    const _id = demoId('activity', a.n);
    const completed = a.status === 'COMPLETED';
    let attended = 0;
    a.enterprises.forEach((e, j) => {
      const present = completed && (a.n === 1 || j % 7 !== 6);
      if (present) attended += 1;
      registrations.push({
        _id: demoId('registration', a.n === 1 ? j + 1 : a.n * 100 + j),
        activityId: _id,
        enterpriseId: demoEnterpriseId(e),
        activityKind: a.kind,
        activityStartsAt: startsAt,
        personName: demoPersonName(person),
        personPhone: demoPhone(person++),
        cancelledKey: null,
        status: 'CONFIRMED',
        registeredAt: new Date(startsAt.getTime() - 3 * 86_400_000 + j * 60_000),
        checkedInAt: present ? startsAt : null,
        attended: present,
        version: present ? 2 : 1,
        registered: SEED_ACTOR,
        updated: SEED_ACTOR,
      });
      // feedback only from enterprises whose person attended
      if (present && j % 4 === 0) {
        feedback.push({
          _id: demoId('feedback', a.n * 100 + j),
          activityId: _id,
          enterpriseId: demoEnterpriseId(e),
          rating: 4 + (j % 8 === 0 ? 1 : 0),
          comment: '内容实用，收获很大',
          created: SEED_ACTOR,
        });
      }
    });
    const ratings = feedback.filter((f) => f.activityId.equals(_id));
    activities.push({
      _id,
      title: a.title,
      description: null,
      kind: a.kind,
      status: a.status,
      startsAt,
      endsAt: new Date(startsAt.getTime() + a.hours * 3_600_000),
      startsMonth: monthKey(startsAt),
      venueId: venues[a.venue - 1]._id,
      organizerId: demoOfficerId(1 + (a.n % 12)),
      capacity: a.capacity,
      seatsTaken: a.enterprises.length,
      seatsLeft: a.capacity - a.enterprises.length,
      waitlistCount: 0,
      attendedCount: attended,
      materials: a.materials ?? [],
      outcome: a.outcome ? { summary: a.outcome, recorded: SEED_ACTOR } : null,
      cancellationReason: null,
      ratingSum: ratings.reduce((s, f) => s + f.rating, 0),
      ratingCount: ratings.length,
      version: 1,
      created: SEED_ACTOR,
      updated: SEED_ACTOR,
    });
  }
  // Demo documents written by the first skeleton (no version / seats) are brought up to date.
  const outdated = { version: { $exists: false } };
  const counts = await Promise.all([
    upsertDemoDocuments(models.Venue, venues, { seats: { $exists: false } }),
    upsertDemoDocuments(models.Activity, activities, outdated),
    upsertDemoDocuments(models.Registration, registrations, outdated),
    upsertDemoDocuments(models.Feedback, feedback),
  ]);
  return { created: counts.reduce((sum, n) => sum + n, 0) };
}
