import { Schema, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';
import type { ActivityKind } from './activity';

export const REGISTRATION_STATUSES = ['CONFIRMED', 'WAITLISTED', 'CANCELLED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

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
   * null while the registration is active, its own id once cancelled. The unique index on
   * (activityId, enterpriseId, personName, cancelledKey) lets one person hold only one active
   * registration per activity, even under concurrent requests, and register again after cancelling.
   */
  cancelledKey: string | null;
  status: RegistrationStatus;
  registeredAt: Date;
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
    cancelledKey: { type: String, default: null },
    status: { type: String, required: true },
    registeredAt: { type: Date, required: true },
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
registrationSchema.index({ registeredAt: 1, _id: 1 });
registrationSchema.index({ attended: 1, registeredAt: 1 });
registrationSchema.index({ activityId: 1, enterpriseId: 1, personName: 1, cancelledKey: 1 }, { unique: true });
registrationSchema.index({ status: 1, activityKind: 1, activityStartsAt: 1, enterpriseId: 1 });
/** Registrations are records of the enterprise whose person registered: READ_POLICY narrows every read to what the caller may see. */
scopedBy(registrationSchema, { kind: 'record', field: 'enterpriseId' });
