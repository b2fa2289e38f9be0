import { actorStampSchema } from '@pecg/common';
import { Schema, type Types } from 'mongoose';
import type { ActorStamp } from '@pecg/common';
import { closingReportSchema, type ClosingReportDoc } from './report';

export const ACTIVITY_KINDS = ['TRAINING', 'SYMPOSIUM', 'THEMATIC_STUDY', 'UNIFIED_ACTIVITY_DAY', 'THEMED_PARTY_DAY', 'ONE_TO_ONE_CONSULTATION'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
/** PLANNED is the draft, COMPLETED the closed activity (names kept from the first schema). */
export const ACTIVITY_STATUSES = ['PLANNED', 'PUBLISHED', 'OPEN_FOR_REGISTRATION', 'REGISTRATION_CLOSED', 'ONGOING', 'COMPLETED', 'CANCELLED'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const ORGANISER_KINDS = ['ALLIANCE', 'WORKSTATION', 'PARTY_ORGANISATION'] as const;
export type OrganiserKind = (typeof ORGANISER_KINDS)[number];

export interface MaterialDoc {
  title: string;
  reference?: string | null;
}

export interface ActivityDoc {
  _id: Types.ObjectId;
  title: string;
  description?: string | null;
  kind: ActivityKind;
  status: ActivityStatus;
  startsAt: Date;
  endsAt: Date;
  /** monthKey(startsAt), stored for statistics by month. */
  startsMonth: string;
  /** A functional room (with its booking) — or an outside address. */
  venueId?: Types.ObjectId | null;
  address?: string | null;
  bookingId?: Types.ObjectId | null;
  organizerId?: Types.ObjectId | null;
  /** Who organises it: the alliance, the workstation, or a member's party organisation (organiserEnterpriseId). */
  organiserKind: OrganiserKind;
  organiserEnterpriseId?: Types.ObjectId | null;
  coOrganiserIds: Types.ObjectId[];
  /** Registration window; null opens when registration is opened / closes at the start. */
  registrationOpensAt?: Date | null;
  registrationClosesAt?: Date | null;
  capacity: number;
  /** seatsTaken + seatsLeft = capacity; both change in one conditional $inc (seatsLeft > 0). Held by CONFIRMED, OFFERED and ATTENDED. */
  seatsTaken: number;
  seatsLeft: number;
  waitlistCount: number;
  attendedCount: number;
  noShowCount: number;
  materials: MaterialDoc[];
  outcome?: { summary: string; recorded: ActorStamp } | null;
  report?: ClosingReportDoc | null;
  cancellationReason?: string | null;
  cancelledAt?: Date | null;
  ratingSum: number;
  ratingCount: number;
  version: number;
  created: ActorStamp;
  updated: ActorStamp;
}

export const activitySchema = new Schema<ActivityDoc>(
  {
    title: { type: String, required: true },
    description: { type: String, default: null },
    kind: { type: String, required: true },
    status: { type: String, required: true, default: 'PLANNED' },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    startsMonth: { type: String, required: true },
    venueId: { type: Schema.Types.ObjectId, default: null },
    address: { type: String, default: null },
    bookingId: { type: Schema.Types.ObjectId, default: null },
    organizerId: { type: Schema.Types.ObjectId, default: null },
    organiserKind: { type: String, required: true, default: 'WORKSTATION' },
    organiserEnterpriseId: { type: Schema.Types.ObjectId, default: null },
    coOrganiserIds: { type: [Schema.Types.ObjectId], default: [] },
    registrationOpensAt: { type: Date, default: null },
    registrationClosesAt: { type: Date, default: null },
    capacity: { type: Number, required: true },
    seatsTaken: { type: Number, required: true, default: 0 },
    seatsLeft: { type: Number, required: true },
    waitlistCount: { type: Number, required: true, default: 0 },
    attendedCount: { type: Number, required: true, default: 0 },
    noShowCount: { type: Number, required: true, default: 0 },
    materials: {
      type: [new Schema<MaterialDoc>({ title: { type: String, required: true }, reference: { type: String, default: null } }, { _id: false })],
      default: [],
    },
    outcome: {
      type: new Schema({ summary: { type: String, required: true }, recorded: { type: actorStampSchema, required: true } }, { _id: false }),
      default: null,
    },
    report: { type: closingReportSchema, default: null },
    cancellationReason: { type: String, default: null },
    cancelledAt: { type: Date, default: null },
    ratingSum: { type: Number, required: true, default: 0 },
    ratingCount: { type: Number, required: true, default: 0 },
    version: { type: Number, required: true, default: 1 },
    created: { type: actorStampSchema, required: true },
    updated: { type: actorStampSchema, required: true },
  },
  { collection: 'activities', versionKey: false },
);
activitySchema.index({ startsAt: -1, _id: -1 });
activitySchema.index({ title: 1, _id: 1 });
activitySchema.index({ capacity: 1, _id: 1 });
activitySchema.index({ kind: 1, startsAt: -1 });
activitySchema.index({ status: 1, startsAt: -1 });
activitySchema.index({ venueId: 1, startsAt: -1 });
activitySchema.index({ organizerId: 1, startsAt: -1 });
activitySchema.index({ organiserKind: 1, startsAt: -1 });
/** filter.months (and statistics by month). */
activitySchema.index({ startsMonth: 1, startsAt: -1 });
activitySchema.index({ 'report.outcomes.delivery.state': 1 });
