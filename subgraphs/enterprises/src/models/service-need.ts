import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';

export const SERVICE_NEED_CATEGORIES = ['SECURITY', 'LEGAL', 'APPROVAL', 'STAFFING', 'POLICY', 'OTHER'] as const;
export const SERVICE_NEED_STATUSES = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'DECLINED'] as const;
export type ServiceNeedStatusValue = (typeof SERVICE_NEED_STATUSES)[number];
/** Statuses counted as open (statistics, openNeedCount). */
export const OPEN_NEED_STATUSES: readonly ServiceNeedStatusValue[] = ['OPEN', 'IN_PROGRESS'];

/** A record of another subgraph that caused a record here (`RecordSource`). */
export interface RecordSourceDoc {
  subgraph: string;
  typename: string;
  id: string;
}

export const recordSourceSchema = new Schema<RecordSourceDoc>(
  { subgraph: { type: String, required: true }, typename: { type: String, required: true }, id: { type: String, required: true } },
  { _id: false },
);

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
  /** Assignee: an officer or an enterprise (at most one is set). */
  assigneeOfficerId?: Types.ObjectId | null;
  assigneeEnterpriseId?: Types.ObjectId | null;
  assigned?: ActorStamp | null;
  /** Due date (UTC midnight of the CST calendar day, as the Date scalar reads it). */
  dueOn?: Date | null;
  /** The instant the due date ends: the next CST midnight (overdue = open and dueBy ≤ now). */
  dueBy?: Date | null;
  /** Set on RESOLVE from resolved.at ≤ dueBy; null without a due date or unresolved. */
  resolvedOnTime?: boolean | null;
  /** The record of another department it came from. */
  origin?: RecordSourceDoc | null;
  /** Number of resources matched to it. */
  matchCount?: number;
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
    assigneeOfficerId: { type: Schema.Types.ObjectId, default: null },
    assigneeEnterpriseId: { type: Schema.Types.ObjectId, default: null },
    assigned: { type: actorStampSchema, default: null },
    dueOn: { type: Date, default: null },
    dueBy: { type: Date, default: null },
    resolvedOnTime: { type: Boolean, default: null },
    origin: { type: recordSourceSchema, default: null },
    matchCount: { type: Number, default: 0 },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'service_needs', timestamps: true, versionKey: false },
);
serviceNeedSchema.index({ raisedAt: 1, _id: 1 });
serviceNeedSchema.index({ enterpriseId: 1, status: 1 });
serviceNeedSchema.index({ enterpriseId: 1, raisedAt: -1, _id: -1 });
serviceNeedSchema.index({ enterpriseId: 1, status: 1, raisedAt: -1, _id: -1 });
serviceNeedSchema.index({ status: 1, category: 1 });
serviceNeedSchema.index({ category: 1, raisedAt: 1 });
serviceNeedSchema.index({ status: 1, raisedAt: 1 });
// overdue list (status open/in progress, dueBy before now) and DUE_ON sort
serviceNeedSchema.index({ status: 1, dueBy: 1 });
serviceNeedSchema.index({ dueBy: 1, _id: 1 });
serviceNeedSchema.index({ assigneeOfficerId: 1, status: 1 });
serviceNeedSchema.index({ assigneeEnterpriseId: 1, status: 1 });
// filters: months (raisedMonth); assignee kinds use the assignee indexes
serviceNeedSchema.index({ raisedMonth: 1 });
// statistics: resolved on time / late per enterprise
serviceNeedSchema.index({ enterpriseId: 1, status: 1, resolvedOnTime: 1 });

// Enterprise-scoped record: READ_POLICY narrows every read to what the caller may see.
scopedBy(serviceNeedSchema, { kind: 'record', field: 'enterpriseId' });

export function serviceNeedModel(connection: Connection): Model<ServiceNeedDoc> {
  return connection.model<ServiceNeedDoc>('ServiceNeed', serviceNeedSchema);
}
