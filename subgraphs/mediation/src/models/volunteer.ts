import { Schema, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';
import type { ShiftOutcome, VolunteerDuty, VolunteerRole } from './enums';

/** A member of the mediation and mass-prevention force: people's mediator, lawyer, grid worker or volunteer. */
export interface VolunteerDoc {
  _id: Types.ObjectId;
  name: string;
  phone?: string | null;
  duties: VolunteerDuty[];
  /** Roles (人民调解员, 律师, 网格员, 志愿者); records from before roles were kept have none (read as VOLUNTEER). */
  roles?: VolunteerRole[];
  /** Skills, e.g. 婚姻家庭, 劳动法, 普通话/方言. */
  skills?: string[];
  gridId: Types.ObjectId;
  /** The community of the grid (stored: volunteers by community). */
  communityId?: Types.ObjectId | null;
  enterpriseId?: Types.ObjectId | null;
  active: boolean;
  joinedOn: Date;
  deactivated?: { reason: string; deactivated: ActorStamp } | null;
  version: number;
  created: ActorStamp;
  updated?: ActorStamp | null;
}

export const volunteerSchema = new Schema<VolunteerDoc>(
  {
    name: { type: String, required: true },
    phone: { type: String, default: null },
    duties: { type: [String], required: true },
    roles: { type: [String], default: ['VOLUNTEER'] },
    skills: { type: [String], default: [] },
    gridId: { type: Schema.Types.ObjectId, required: true },
    communityId: { type: Schema.Types.ObjectId, default: null },
    enterpriseId: { type: Schema.Types.ObjectId, default: null },
    active: { type: Boolean, required: true, default: true },
    joinedOn: { type: Date, required: true },
    deactivated: { type: new Schema({ reason: String, deactivated: actorStampSchema }, { _id: false }), default: null },
    version: { type: Number, required: true, default: 1 },
    created: { type: actorStampSchema, required: true },
    updated: { type: actorStampSchema, default: null },
  },
  { collection: 'volunteers', versionKey: false },
);
/** READ_POLICY: a volunteer who works for an enterprise belongs to it (ENTERPRISE callers see their own staff who volunteer). */
scopedBy(volunteerSchema, { kind: 'record', field: 'enterpriseId' });
volunteerSchema.index({ joinedOn: 1, _id: 1 });
volunteerSchema.index({ gridId: 1, active: 1 });
volunteerSchema.index({ duties: 1, active: 1 });
volunteerSchema.index({ roles: 1, active: 1 });
volunteerSchema.index({ communityId: 1, active: 1 });
volunteerSchema.index({ enterpriseId: 1 });
volunteerSchema.index({ active: 1 });

/** A mediation duty shift (调解值班) of a member of the force, with its time and outcome. */
export interface DutyShiftDoc {
  _id: Types.ObjectId;
  volunteerId: Types.ObjectId;
  gridId: Types.ObjectId;
  communityId: Types.ObjectId;
  /** The volunteer's enterprise, if any (READ_POLICY: an enterprise sees its own staff's shifts). */
  enterpriseId?: Types.ObjectId | null;
  startsAt: Date;
  endsAt: Date;
  /** monthKey(startsAt): shifts per grid and month. */
  month: string;
  outcome: ShiftOutcome;
  notes?: string | null;
  disputeId?: Types.ObjectId | null;
  recorded: ActorStamp;
}

export const dutyShiftSchema = new Schema<DutyShiftDoc>(
  {
    volunteerId: { type: Schema.Types.ObjectId, required: true },
    gridId: { type: Schema.Types.ObjectId, required: true },
    communityId: { type: Schema.Types.ObjectId, required: true },
    enterpriseId: { type: Schema.Types.ObjectId, default: null },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    month: { type: String, required: true },
    outcome: { type: String, required: true },
    notes: { type: String, default: null },
    disputeId: { type: Schema.Types.ObjectId, default: null },
    recorded: { type: actorStampSchema, required: true },
  },
  { collection: 'duty_shifts', versionKey: false },
);
scopedBy(dutyShiftSchema, { kind: 'record', field: 'enterpriseId' });
dutyShiftSchema.index({ volunteerId: 1, startsAt: -1 });
dutyShiftSchema.index({ gridId: 1, month: 1 });
dutyShiftSchema.index({ communityId: 1, month: 1 });
dutyShiftSchema.index({ month: 1 });
volunteerSchema.index({ skills: 1 });
dutyShiftSchema.index({ startsAt: -1, _id: -1 });
/** The outcome and enterprise filters of the shift list, statistics and aggregate (newest first). */
dutyShiftSchema.index({ outcome: 1, startsAt: -1 });
dutyShiftSchema.index({ enterpriseId: 1, startsAt: -1 });
