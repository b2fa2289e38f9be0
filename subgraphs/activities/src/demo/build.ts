import { demoEnterpriseId, demoId, demoOfficerId, demoPersonName, demoPhone, INVESTMENT_WARNING_STORY, seededRandom } from '@pecg/demo';
import { monthKey, type ActorStamp } from '@pecg/common';
import type { Types } from 'mongoose';
import { slotsOf, weekKey } from '../domain/time';
import type { ActivityDoc, BookingDoc, BookingSlotDoc, ClosingReportDoc, FeedbackDoc, RegistrationDoc, RegistrationStatus, VenueDoc } from '../models';
import { personKey } from '../services/registrations';
import { DEMO_CALENDAR, INVESTMENT_STUDY, type DemoActivity } from './calendar';

/** The four functional rooms of the 万象警务工作站党建家园. */
export const VENUES: Array<Omit<VenueDoc, '_id'>> = [
  {
    name: '警企议事室',
    purpose: '警企议事、座谈与一对一协商',
    seats: 20,
    location: '万象警务工作站一楼东侧',
    equipment: ['会议桌', '投影仪', '录音设备'],
    openingHours: { weekdays: [1, 2, 3, 4, 5, 6, 7], opens: '08:30', closes: '21:00' },
  },
  {
    name: '党建活动室',
    purpose: '主题党日、培训与统一活动日',
    seats: 42,
    location: '万象警务工作站二楼',
    equipment: ['LED显示屏', '音响', '党旗', '入党誓词墙'],
    openingHours: { weekdays: [1, 2, 3, 4, 5, 6, 7], opens: '08:30', closes: '21:00' },
  },
  {
    name: '清亲连心警务室',
    purpose: '民警与企业一对一咨询',
    seats: 6,
    location: '万象警务工作站一楼西侧',
    equipment: ['咨询桌', '警务终端'],
    openingHours: { weekdays: [1, 2, 3, 4, 5, 6, 7], opens: '09:00', closes: '17:30' },
  },
  {
    name: '党建书屋',
    purpose: '专题学习与党建资料借阅',
    seats: 25,
    location: '万象警务工作站二楼西侧',
    equipment: ['书架', '阅读桌', '电子阅览屏'],
    openingHours: { weekdays: [1, 2, 3, 4, 5, 6, 7], opens: '09:00', closes: '20:00' },
  },
];

const SEED_ACTOR: ActorStamp = { subject: 'demo-seed', role: 'ADMIN', name: '演示数据', at: new Date('2023-01-01T00:00:00+08:00') };
const HOUR = 3_600_000;
/** The demo "now" of pending offers: the upcoming symposium's offer runs until the day after. */
const OFFERED_AT = new Date('2026-12-01T10:00:00+08:00');

export interface DemoDocuments {
  venues: VenueDoc[];
  bookings: BookingDoc[];
  slots: BookingSlotDoc[];
  activities: ActivityDoc[];
  registrations: RegistrationDoc[];
  feedback: FeedbackDoc[];
}

const venueId = (n: number) => demoId('venue', n);
const activityIdOf = (a: DemoActivity) => (a === INVESTMENT_STUDY ? INVESTMENT_WARNING_STORY.activityId : demoId('activity', a.n));
/** Registration numbers: the IP training keeps 1…24 (older demo ids); the story activity uses 9000+. */
const registrationNumber = (a: DemoActivity, j: number) => (a.n === 1 ? j + 1 : a === INVESTMENT_STUDY ? 9000 + j : a.n * 100 + j);

/** Deterministic one-time codes (22 base64url characters, like newCheckInCode's). */
function codes(seed: number): () => string {
  const random = seededRandom(seed);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return () => Array.from({ length: 22 }, () => alphabet[Math.floor(random() * 64)]).join('');
}

export function buildDemo(): DemoDocuments {
  const docs: DemoDocuments = {
    venues: VENUES.map((v, i) => ({ _id: venueId(i + 1), ...v })),
    bookings: [],
    slots: [],
    activities: [],
    registrations: [],
    feedback: [],
  };
  const code = codes(20230807);
  let person = 0;
  for (const a of [INVESTMENT_STUDY, ...DEMO_CALENDAR]) {
    const _id = activityIdOf(a);
    const startsAt = new Date(a.startsAt);
    const endsAt = new Date(startsAt.getTime() + a.hours * HOUR);
    const completed = a.status === 'COMPLETED';
    const upcoming = a.status === 'OPEN_FOR_REGISTRATION' || a.status === 'PLANNED';
    const bookingId = a.venue ? demoId('booking', a === INVESTMENT_STUDY ? 9000 : a.n) : null;
    if (bookingId) {
      const status = a.status === 'CANCELLED' ? 'CANCELLED' : upcoming ? 'BOOKED' : 'IN_USE';
      docs.bookings.push({
        _id: bookingId,
        venueId: venueId(a.venue),
        startsAt,
        endsAt,
        purpose: a.title,
        activityId: _id,
        status,
        checkedInAt: status === 'IN_USE' ? new Date(startsAt.getTime() - 20 * 60_000) : null,
        releasedAt: status === 'CANCELLED' ? new Date(startsAt.getTime() - 2 * 86_400_000) : null,
        releaseReason: status === 'CANCELLED' ? 'ACTIVITY_CANCELLED' : null,
        week: weekKey(startsAt),
        version: 1,
        booked: SEED_ACTOR,
        updated: SEED_ACTOR,
      });
      if (status !== 'CANCELLED')
        for (const slot of slotsOf(startsAt, endsAt))
          docs.slots.push({ _id: demoId('booking-slot', slot.getTime() / 60_000 + a.venue), venueId: venueId(a.venue), slot, bookingId });
    }
    const counts = { attended: 0, noShow: 0, seats: 0, waiting: 0 };
    const attendedBy: Types.ObjectId[] = [];
    const register = (e: number, j: number, status: RegistrationStatus, extra: Partial<RegistrationDoc> = {}) => {
      const enterpriseId = demoEnterpriseId(e);
      const name = demoPersonName(person);
      const phone = demoPhone(person++);
      const attended = status === 'ATTENDED';
      const reg: RegistrationDoc = {
        _id: demoId('registration', registrationNumber(a, j)),
        activityId: _id,
        enterpriseId,
        activityKind: a.kind,
        activityStartsAt: startsAt,
        personName: name,
        personPhone: phone,
        personKey: personKey(enterpriseId.toHexString(), name, phone),
        cancelledKey: status === 'CANCELLED' ? `demo:${_id.toHexString()}:${j}` : null,
        status,
        registeredAt: new Date(startsAt.getTime() - 3 * 86_400_000 + j * 60_000),
        checkInCode: code(),
        checkInCodeUsedAt: attended && j % 2 === 0 ? new Date(startsAt.getTime() - 10 * 60_000) : null,
        checkedInAt: attended ? new Date(startsAt.getTime() - 10 * 60_000) : null,
        attended,
        version: status === 'CONFIRMED' || status === 'WAITLISTED' ? 1 : 2,
        registered: SEED_ACTOR,
        updated: SEED_ACTOR,
        ...extra,
      };
      docs.registrations.push(reg);
      if (attended) {
        attendedBy.push(enterpriseId);
        if (j % 3 === 0) {
          docs.feedback.push({
            _id: demoId('feedback', registrationNumber(a, j)),
            activityId: _id,
            registrationId: reg._id,
            enterpriseId,
            activityKind: a.kind,
            organiserKind: a.organiserKind,
            rating: j % 9 === 0 ? 5 : j % 5 === 4 ? 3 : 4,
            comment: j % 9 === 0 ? '内容实用，收获很大' : '组织有序，希望多举办',
            created: SEED_ACTOR,
          });
        }
      }
    };
    a.enterprises.forEach((e, j) => {
      let status: RegistrationStatus = 'CONFIRMED';
      if (a.status === 'CANCELLED') status = 'CANCELLED';
      else if (completed) status = a.noShowEvery && j % a.noShowEvery === a.noShowEvery - 1 ? 'NO_SHOW' : 'ATTENDED';
      else if (upcoming && a.waitlist && j === 5) status = 'CANCELLED'; // freed the seat now offered to the first waitlisted person
      if (status === 'ATTENDED') counts.attended += 1;
      if (status === 'NO_SHOW') counts.noShow += 1;
      if (status !== 'CANCELLED') counts.seats += 1;
      register(e, j, status);
    });
    (a.waitlist ?? []).forEach((e, k) => {
      const j = a.enterprises.length + k;
      if (upcoming && k === 0) {
        counts.seats += 1;
        register(e, j, 'OFFERED', { offeredAt: OFFERED_AT, offerExpiresAt: new Date(OFFERED_AT.getTime() + 48 * HOUR) });
      } else if (upcoming) {
        counts.waiting += 1;
        register(e, j, 'WAITLISTED');
      } else if (k === 0) {
        // an offer that lapsed before the activity (the seat then went to nobody: the next waited too long)
        register(e, j, 'CANCELLED', {
          offeredAt: new Date(startsAt.getTime() - 2 * 86_400_000),
          offerExpiresAt: new Date(startsAt.getTime() - 86_400_000),
          offerExpiredAt: new Date(startsAt.getTime() - 86_400_000),
        });
      } else register(e, j, 'CANCELLED');
    });
    const ratings = docs.feedback.filter((f) => f.activityId.equals(_id));
    docs.activities.push({
      _id,
      title: a.title,
      description: null,
      kind: a.kind,
      status: a.status,
      startsAt,
      endsAt,
      startsMonth: monthKey(startsAt),
      venueId: a.venue ? venueId(a.venue) : null,
      address: a.venue ? null : (a.address ?? null),
      bookingId,
      organizerId: demoOfficerId(1 + (a.n % 12)),
      organiserKind: a.organiserKind,
      organiserEnterpriseId: a.organiserN ? demoEnterpriseId(a.organiserN) : null,
      coOrganiserIds: (a.coOrganisers ?? []).map(demoEnterpriseId),
      registrationOpensAt: new Date(startsAt.getTime() - 14 * 86_400_000),
      registrationClosesAt: new Date(startsAt.getTime() - 86_400_000),
      capacity: a.capacity,
      seatsTaken: a.status === 'CANCELLED' ? 0 : counts.seats,
      seatsLeft: a.capacity - (a.status === 'CANCELLED' ? 0 : counts.seats),
      waitlistCount: counts.waiting,
      attendedCount: counts.attended,
      noShowCount: counts.noShow,
      materials: a.materials ?? [],
      outcome: a.outcome ? { summary: a.outcome, recorded: SEED_ACTOR } : null,
      report: completed ? reportOf(a, endsAt, counts.attended, attendedBy) : null,
      cancellationReason: a.cancellationReason ?? null,
      cancelledAt: a.status === 'CANCELLED' ? new Date(startsAt.getTime() - 2 * 86_400_000) : null,
      ratingSum: ratings.reduce((s, f) => s + f.rating, 0),
      ratingCount: ratings.length,
      version: 1,
      created: SEED_ACTOR,
      updated: SEED_ACTOR,
    });
  }
  docs.bookings.push(...meetingBookings());
  return docs;
}

/** Bookings for meetings that are not activities: one used, one released because nobody came. */
function meetingBookings(): BookingDoc[] {
  const meeting = (n: number, venue: number, startsAt: string, hours: number, purpose: string, used: boolean): BookingDoc => {
    const start = new Date(startsAt);
    return {
      _id: demoId('booking', 9100 + n),
      venueId: venueId(venue),
      startsAt: start,
      endsAt: new Date(start.getTime() + hours * HOUR),
      purpose,
      activityId: null,
      status: used ? 'IN_USE' : 'RELEASED',
      checkedInAt: used ? new Date(start.getTime() - 5 * 60_000) : null,
      releasedAt: used ? null : new Date(start.getTime() + 30 * 60_000),
      releaseReason: used ? null : 'NO_CHECK_IN',
      week: weekKey(start),
      version: 2,
      booked: SEED_ACTOR,
      updated: SEED_ACTOR,
    };
  };
  return [
    meeting(1, 1, '2023-08-09T10:00:00+08:00', 1.5, '企业用工纠纷警企议事', true),
    meeting(2, 3, '2023-08-10T15:00:00+08:00', 1, '企业法律咨询预约（未到）', false),
  ];
}

function reportOf(a: DemoActivity, endsAt: Date, attendees: number, attendedBy: Types.ObjectId[]): ClosingReportDoc {
  const closedAt = new Date(endsAt.getTime() + HOUR);
  const story = a === INVESTMENT_STUDY;
  return {
    summary: a.outcome ?? a.title,
    attendeeCount: attendees,
    attendingEnterpriseIds: [...new Map(attendedBy.map((id) => [id.toHexString(), id])).values()],
    otherOrganisations: story ? [] : ['眉山市公安局高新区(甘眉园区)分局'],
    outcomes: story
      ? [
          {
            _id: demoId('story-outcome', 1),
            kind: 'RISK_FOUND',
            enterpriseId: demoEnterpriseId(INVESTMENT_WARNING_STORY.enterpriseN),
            description: INVESTMENT_WARNING_STORY.alertTitle,
            riskType: 'NOMINEE_HOLDING',
            severity: 'HIGH',
            needCategory: null,
            dueOn: null,
            delivery: {
              state: 'CREATED',
              recordId: INVESTMENT_WARNING_STORY.alertId.toHexString(),
              attempts: 1,
              lastAttemptAt: INVESTMENT_WARNING_STORY.raisedAt,
              lastError: null,
              createdAt: INVESTMENT_WARNING_STORY.raisedAt,
            },
          },
        ]
      : [
          {
            _id: demoId('outcome', a.n),
            kind: 'NOTE',
            enterpriseId: null,
            description: a.outcome ?? a.title,
            delivery: { state: 'NOT_APPLICABLE', attempts: 0 },
          },
        ],
    photos: [{ title: `${a.title}现场`, takenAt: new Date(endsAt.getTime() - HOUR), reference: `党建家园影像档案 ${endsAt.toISOString().slice(0, 10)}` }],
    closedAt: story ? INVESTMENT_WARNING_STORY.raisedAt : closedAt,
    closed: { ...SEED_ACTOR, at: story ? INVESTMENT_WARNING_STORY.raisedAt : closedAt },
  };
}
