import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';

export const PARTY_ORGANIZATION_TYPES = ['BRANCH', 'JOINT_BRANCH', 'GENERAL_BRANCH'] as const;

export interface PartyOrganizationDoc {
  _id: Types.ObjectId;
  enterpriseId: Types.ObjectId;
  name: string;
  type: (typeof PARTY_ORGANIZATION_TYPES)[number];
  memberCount: number;
  secretary: string;
  version: number;
  updated: ActorStamp;
}

export const partyOrganizationSchema = new Schema<PartyOrganizationDoc>(
  {
    enterpriseId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true },
    type: { type: String, required: true, enum: PARTY_ORGANIZATION_TYPES },
    memberCount: { type: Number, required: true },
    secretary: { type: String, required: true },
    version: { type: Number, required: true, default: 1 },
    updated: { type: actorStampSchema, required: true },
  },
  { collection: 'party_organizations', timestamps: true, versionKey: false },
);
// One party organisation per enterprise.
partyOrganizationSchema.index({ enterpriseId: 1 }, { unique: true });

// Enterprise-scoped record: READ_POLICY narrows every read to what the caller may see.
scopedBy(partyOrganizationSchema, { kind: 'record', field: 'enterpriseId' });

export function partyOrganizationModel(connection: Connection): Model<PartyOrganizationDoc> {
  return connection.model<PartyOrganizationDoc>('PartyOrganization', partyOrganizationSchema);
}
