import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';
import { ADVANTAGE_RESOURCE_KINDS } from './advantage-resource';

export const MATCH_OUTCOMES = ['PROPOSED', 'ACCEPTED', 'DECLINED', 'COMPLETED'] as const;
export type MatchOutcomeValue = (typeof MATCH_OUTCOMES)[number];

/** 资源对接: an advantage resource offered for a service need of another enterprise. */
export interface ResourceMatchDoc {
  _id: Types.ObjectId;
  resourceId: Types.ObjectId;
  needId: Types.ObjectId;
  offeringEnterpriseId: Types.ObjectId;
  needEnterpriseId: Types.ObjectId;
  /** Both enterprises: the read-policy scope (either may see the match). */
  enterpriseIds: Types.ObjectId[];
  /** The resource as it was offered when matched. */
  resourceKind: (typeof ADVANTAGE_RESOURCE_KINDS)[number];
  resourceDescription: string;
  note: string | null;
  matched: ActorStamp;
  matchedAt: Date;
  outcome: MatchOutcomeValue;
  outcomeNote: string | null;
  outcomeStamp: ActorStamp | null;
  version: number;
}

export const resourceMatchSchema = new Schema<ResourceMatchDoc>(
  {
    resourceId: { type: Schema.Types.ObjectId, required: true },
    needId: { type: Schema.Types.ObjectId, required: true },
    offeringEnterpriseId: { type: Schema.Types.ObjectId, required: true },
    needEnterpriseId: { type: Schema.Types.ObjectId, required: true },
    enterpriseIds: { type: [Schema.Types.ObjectId], required: true },
    resourceKind: { type: String, required: true, enum: ADVANTAGE_RESOURCE_KINDS },
    resourceDescription: { type: String, required: true },
    note: { type: String, default: null },
    matched: { type: actorStampSchema, required: true },
    matchedAt: { type: Date, required: true },
    outcome: { type: String, required: true, enum: MATCH_OUTCOMES },
    outcomeNote: { type: String, default: null },
    outcomeStamp: { type: actorStampSchema, default: null },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'resource_matches', timestamps: true, versionKey: false },
);
// nested lists: matches per need and per resource, oldest first; the scope field
resourceMatchSchema.index({ needId: 1, matchedAt: 1, _id: 1 });
resourceMatchSchema.index({ resourceId: 1, matchedAt: 1, _id: 1 });
resourceMatchSchema.index({ enterpriseIds: 1 });

// Scoped to both enterprises: an ENTERPRISE caller sees the matches it offers or receives.
scopedBy(resourceMatchSchema, { kind: 'record', field: 'enterpriseIds' });

export function resourceMatchModel(connection: Connection): Model<ResourceMatchDoc> {
  return connection.model<ResourceMatchDoc>('ResourceMatch', resourceMatchSchema);
}
