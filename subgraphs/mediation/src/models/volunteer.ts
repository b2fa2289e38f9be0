import { Schema, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';
import type { VolunteerDuty } from './enums';

export interface VolunteerDoc {
  _id: Types.ObjectId;
  name: string;
  phone?: string | null;
  duties: VolunteerDuty[];
  gridId: Types.ObjectId;
  enterpriseId?: Types.ObjectId | null;
  active: boolean;
  joinedOn: Date;
  version: number;
  created: ActorStamp;
}

export const volunteerSchema = new Schema<VolunteerDoc>(
  {
    name: { type: String, required: true },
    phone: { type: String, default: null },
    duties: { type: [String], required: true },
    gridId: { type: Schema.Types.ObjectId, required: true },
    enterpriseId: { type: Schema.Types.ObjectId, default: null },
    active: { type: Boolean, required: true, default: true },
    joinedOn: { type: Date, required: true },
    version: { type: Number, required: true, default: 1 },
    created: { type: actorStampSchema, required: true },
  },
  { collection: 'volunteers', versionKey: false },
);
/** READ_POLICY: a volunteer who works for an enterprise belongs to it (ENTERPRISE callers see their own staff who volunteer). */
scopedBy(volunteerSchema, { kind: 'record', field: 'enterpriseId' });
volunteerSchema.index({ joinedOn: 1, _id: 1 });
volunteerSchema.index({ gridId: 1, active: 1 });
volunteerSchema.index({ duties: 1, active: 1 });
volunteerSchema.index({ enterpriseId: 1 });
volunteerSchema.index({ active: 1 });
