import { Schema, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';
import type { ActivityKind } from './activity';

/**
 * Participant statuses (after CiviCRM's): CONFIRMED (registered, holds a seat), WAITLISTED, OFFERED (a
 * freed seat held for them until offerExpiresAt), CANCELLED, ATTENDED (checked in), NO_SHOW (held a
 * seat and did not come; set when the activity closes).
 */
export const REGISTRATION_STATUSES = ['CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED', 'ATTENDED', 'NO_SHOW'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
/** Statuses that hold one of the activity's seats. */
export const SEAT_HOLDING: readonly RegistrationStatus[] = ['CONFIRMED', 'OFFERED', 'ATTENDED'];

export interface RegistrationDoc {
  _id: Types.ObjectId;
  activityId: Types.ObjectId;
  enterpriseId: Types.ObjectId;
  /** Copied from the activity at registration (it never changes), for statistics by kind and date. */
  activityKind: ActivityKind;
  activityStartsAt: Date;
  personName: string;
  personPhone?: string | null;
  /**
   * The person's identity within the enterprise: sha256 of enterprise id and mobile number (or of the
   * normalised name when no number is given). Never shown; it only makes duplicates detectable.
   */
  personKey: string;
  /**
   * null while the registration is active, its own id once cancelled. The unique index on
   * (activityId, personKey, cancelledKey) lets one person hold only one active registration per
   * activity, even under concurrent requests, and register again after cancelling.
   */
  cancelledKey: string | null;
  status: RegistrationStatus;
  registeredAt: Date;
  /** OFFERED: until when the seat is held for them. */
  offeredAt?: Date | null;
  offerExpiresAt?: Date | null;
  /** Set when an offer lapsed unanswered (the registration is then CANCELLED). */
  offerExpiredAt?: Date | null;
  /** One-time self check-in code (QR payload): 128 random bits, base64url; usable once, by this registration only. */
  checkInCode?: string | null;
  checkInCodeUsedAt?: Date | null;
  checkedInAt?: Date | null;
  attended: boolean;
  version: number;
  registered: ActorStamp;
  updated: ActorStamp;
}

export const registrationSchema = new Schema<RegistrationDoc>(
  {
    activityId: { type: Schema.Types.ObjectId, required: true },
    enterpriseId: { type: Schema.Types.ObjectId, required: true },
    activityKind: { type: String, required: true },
    activityStartsAt: { type: Date, required: true },
    personName: { type: String, required: true },
    personPhone: { type: String, default: null },
    personKey: { type: String, required: true },
    cancelledKey: { type: String, default: null },
    status: { type: String, required: true },
    registeredAt: { type: Date, required: true },
    offeredAt: { type: Date, default: null },
    offerExpiresAt: { type: Date, default: null },
    offerExpiredAt: { type: Date, default: null },
    checkInCode: { type: String, default: null },
    checkInCodeUsedAt: { type: Date, default: null },
    checkedInAt: { type: Date, default: null },
    attended: { type: Boolean, required: true, default: false },
    version: { type: Number, required: true, default: 1 },
    registered: { type: actorStampSchema, required: true },
    updated: { type: actorStampSchema, required: true },
  },
  { collection: 'registrations', versionKey: false },
);
registrationSchema.index({ activityId: 1, registeredAt: 1, _id: 1 });
registrationSchema.index({ activityId: 1, status: 1, _id: 1 });
registrationSchema.index({ activityId: 1, attended: 1 });
registrationSchema.index({ enterpriseId: 1, registeredAt: -1 });
registrationSchema.index({ enterpriseId: 1, attended: 1 });
registrationSchema.index({ registeredAt: 1, _id: 1 });
registrationSchema.index({ attended: 1, registeredAt: 1 });
// partial: registrations written before person identities existed (no personKey) do not block the index build
registrationSchema.index({ activityId: 1, personKey: 1, cancelledKey: 1 }, { unique: true, partialFilterExpression: { personKey: { $type: 'string' } } });
registrationSchema.index({ status: 1, activityKind: 1, activityStartsAt: 1, enterpriseId: 1 });
registrationSchema.index({ status: 1, offerExpiresAt: 1 });
/** filter.activityKinds and filter.activityStartsFrom/Before (lists, aggregates by activity kind and time). */
registrationSchema.index({ activityKind: 1, activityStartsAt: 1 });
registrationSchema.index({ activityStartsAt: 1 });
registrationSchema.index({ checkInCode: 1 }, { unique: true, partialFilterExpression: { checkInCode: { $type: 'string' } } });
/** Registrations are records of the enterprise whose person registered: READ_POLICY narrows every read to what the caller may see. */
scopedBy(registrationSchema, { kind: 'record', field: 'enterpriseId' });
