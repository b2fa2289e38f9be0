import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';

export const ADVANTAGE_RESOURCE_KINDS = ['VENUE', 'EXPERTISE', 'VOLUNTEERS', 'EQUIPMENT', 'OTHER'] as const;

export const ADVANTAGE_RESOURCE_STATUSES = ['ACTIVE', 'WITHDRAWN'] as const;
export type AdvantageResourceStatusValue = (typeof ADVANTAGE_RESOURCE_STATUSES)[number];

export interface AdvantageResourceDoc {
  _id: Types.ObjectId;
  enterpriseId: Types.ObjectId;
  kind: (typeof ADVANTAGE_RESOURCE_KINDS)[number];
  description: string;
  available: boolean;
  offered: ActorStamp;
  offeredAt: Date;
  /** ACTIVE (documents from before withdrawal existed have none: read as ACTIVE). */
  status?: AdvantageResourceStatusValue;
  updated?: ActorStamp | null;
  withdrawn?: ActorStamp | null;
  withdrawalReason?: string | null;
  /** Number of matches to needs (raised by the conditional write that admits a match). */
  matchCount?: number;
  version: number;
}

export const advantageResourceSchema = new Schema<AdvantageResourceDoc>(
  {
    enterpriseId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, required: true, enum: ADVANTAGE_RESOURCE_KINDS },
    description: { type: String, required: true },
    available: { type: Boolean, required: true, default: true },
    offered: { type: actorStampSchema, required: true },
    offeredAt: { type: Date, required: true },
    status: { type: String, enum: ADVANTAGE_RESOURCE_STATUSES, default: 'ACTIVE' },
    updated: { type: actorStampSchema, default: null },
    withdrawn: { type: actorStampSchema, default: null },
    withdrawalReason: { type: String, default: null },
    matchCount: { type: Number, default: 0 },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'advantage_resources', timestamps: true, versionKey: false },
);
advantageResourceSchema.index({ offeredAt: 1, _id: 1 });
advantageResourceSchema.index({ enterpriseId: 1, offeredAt: 1, _id: 1 });
advantageResourceSchema.index({ kind: 1, available: 1 });
advantageResourceSchema.index({ available: 1, offeredAt: 1 });
advantageResourceSchema.index({ status: 1, offeredAt: 1 });
advantageResourceSchema.index({ kind: 1, offeredAt: 1 });

// Enterprise-scoped record: READ_POLICY narrows every read to what the caller may see.
scopedBy(advantageResourceSchema, { kind: 'record', field: 'enterpriseId' });

export function advantageResourceModel(connection: Connection): Model<AdvantageResourceDoc> {
  return connection.model<AdvantageResourceDoc>('AdvantageResource', advantageResourceSchema);
}
