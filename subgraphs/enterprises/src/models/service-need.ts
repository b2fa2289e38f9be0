import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';

export const SERVICE_NEED_CATEGORIES = ['SECURITY', 'LEGAL', 'APPROVAL', 'STAFFING', 'POLICY', 'OTHER'] as const;
export const SERVICE_NEED_STATUSES = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'DECLINED'] as const;
export type ServiceNeedStatusValue = (typeof SERVICE_NEED_STATUSES)[number];
/** Statuses counted as open (statistics, openNeedCount). */
export const OPEN_NEED_STATUSES: readonly ServiceNeedStatusValue[] = ['OPEN', 'IN_PROGRESS'];

export interface ServiceNeedDoc {
  _id: Types.ObjectId;
  enterpriseId: Types.ObjectId;
  category: (typeof SERVICE_NEED_CATEGORIES)[number];
  description: string;
  status: ServiceNeedStatusValue;
  resolution: string | null;
  raised: ActorStamp;
  started: ActorStamp | null;
  resolved: ActorStamp | null;
  raisedAt: Date;
  raisedMonth: string;
  version: number;
}

export const serviceNeedSchema = new Schema<ServiceNeedDoc>(
  {
    enterpriseId: { type: Schema.Types.ObjectId, required: true },
    category: { type: String, required: true, enum: SERVICE_NEED_CATEGORIES },
    description: { type: String, required: true },
    status: { type: String, required: true, enum: SERVICE_NEED_STATUSES },
    resolution: { type: String, default: null },
    raised: { type: actorStampSchema, required: true },
    started: { type: actorStampSchema, default: null },
    resolved: { type: actorStampSchema, default: null },
    raisedAt: { type: Date, required: true },
    raisedMonth: { type: String, required: true },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'service_needs', timestamps: true, versionKey: false },
);
serviceNeedSchema.index({ raisedAt: 1, _id: 1 });
serviceNeedSchema.index({ enterpriseId: 1, status: 1 });
serviceNeedSchema.index({ status: 1, category: 1 });
serviceNeedSchema.index({ category: 1, raisedAt: 1 });
serviceNeedSchema.index({ status: 1, raisedAt: 1 });

// Enterprise-scoped record: READ_POLICY narrows every read to what the caller may see.
scopedBy(serviceNeedSchema, { kind: 'record', field: 'enterpriseId' });

export function serviceNeedModel(connection: Connection): Model<ServiceNeedDoc> {
  return connection.model<ServiceNeedDoc>('ServiceNeed', serviceNeedSchema);
}
