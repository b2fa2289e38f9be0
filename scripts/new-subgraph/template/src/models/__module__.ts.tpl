import { Schema, type Types } from 'mongoose';
import { actorStampSchema, scopedBy, type ActorStamp } from '@pecg/common';

export const __ENTITY___STATUSES = ['ACTIVE', 'ARCHIVED'] as const;
export type __Entity__Status = (typeof __ENTITY___STATUSES)[number];

/** A __label__ (__Entity__) kept by __owner__. */
export interface __Entity__Doc {
  _id: Types.ObjectId;
  title: string;
  description?: string | null;
  /** The enterprise it concerns, if any (READ_POLICY: an ENTERPRISE caller sees only its own). */
  enterpriseId?: Types.ObjectId | null;
  status: __Entity__Status;
  archiveReason?: string | null;
  /** Month key (YYYY-MM, CST) of creation, stored for statistics. */
  createdMonth: string;
  created: ActorStamp;
  updated: ActorStamp;
  version: number;
  createdAt: Date;
  updatedAt?: Date;
}

export const __entity__Schema = new Schema<__Entity__Doc>(
  {
    title: { type: String, required: true },
    description: { type: String, default: null },
    enterpriseId: { type: Schema.Types.ObjectId, default: null },
    status: { type: String, required: true, enum: __ENTITY___STATUSES },
    archiveReason: { type: String, default: null },
    createdMonth: { type: String, required: true },
    created: { type: actorStampSchema, required: true },
    updated: { type: actorStampSchema, required: true },
    version: { type: Number, default: 1 },
  },
  { collection: '__collection__', timestamps: true, versionKey: false },
);
/** READ_POLICY: a __label__ about an enterprise belongs to that enterprise. */
scopedBy(__entity__Schema, { kind: 'record', field: 'enterpriseId' });
// an index behind every filter, sort and nested list
__entity__Schema.index({ createdAt: -1 });
__entity__Schema.index({ title: 1 });
__entity__Schema.index({ status: 1, createdAt: -1 });
__entity__Schema.index({ enterpriseId: 1, createdAt: -1 });
__entity__Schema.index({ createdMonth: 1 });
