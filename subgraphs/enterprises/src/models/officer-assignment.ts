import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';

export const ASSIGNMENT_KINDS = ['ONE_ENTERPRISE_ONE_OFFICER', 'PROJECT_OFFICER'] as const;
export type AssignmentKindValue = (typeof ASSIGNMENT_KINDS)[number];

export interface OfficerAssignmentDoc {
  _id: Types.ObjectId;
  enterpriseId: Types.ObjectId;
  officerId: Types.ObjectId;
  kind: AssignmentKindValue;
  projectName: string | null;
  startedOn: Date;
  endedOn: Date | null;
  /**
   * Uniqueness slot. While active: "<enterpriseId>:ONE" for 一企一警 (so at most one per enterprise)
   * or "<enterpriseId>:PROJECT:<officerId>:<projectName>"; once ended: "ended:<_id>", which frees the
   * active slot. The unique index on `slot` is what refuses a second active holder.
   */
  slot: string;
  assigned: ActorStamp;
  ended: ActorStamp | null;
  version: number;
}

export const officerAssignmentSchema = new Schema<OfficerAssignmentDoc>(
  {
    enterpriseId: { type: Schema.Types.ObjectId, required: true },
    officerId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, required: true, enum: ASSIGNMENT_KINDS },
    projectName: { type: String, default: null },
    startedOn: { type: Date, required: true },
    endedOn: { type: Date, default: null },
    slot: { type: String, required: true },
    assigned: { type: actorStampSchema, required: true },
    ended: { type: actorStampSchema, default: null },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'officer_assignments', timestamps: true, versionKey: false },
);
officerAssignmentSchema.index({ slot: 1 }, { unique: true });
officerAssignmentSchema.index({ enterpriseId: 1, endedOn: 1, kind: 1 });
officerAssignmentSchema.index({ officerId: 1, endedOn: 1 });
officerAssignmentSchema.index({ kind: 1, endedOn: 1 });
// nested lists: the latest N assignments of an enterprise / an officer
officerAssignmentSchema.index({ enterpriseId: 1, startedOn: -1, _id: -1 });
officerAssignmentSchema.index({ officerId: 1, startedOn: -1, _id: -1 });

export const oneOfficerSlot = (enterpriseId: Types.ObjectId) => `${enterpriseId.toHexString()}:ONE`;
export const projectSlot = (enterpriseId: Types.ObjectId, officerId: Types.ObjectId, project: string) =>
  `${enterpriseId.toHexString()}:PROJECT:${officerId.toHexString()}:${project}`;
export const endedSlot = (id: Types.ObjectId) => `ended:${id.toHexString()}`;

// Enterprise-scoped record: READ_POLICY narrows every read to what the caller may see.
scopedBy(officerAssignmentSchema, { kind: 'record', field: 'enterpriseId' });

export function officerAssignmentModel(connection: Connection): Model<OfficerAssignmentDoc> {
  return connection.model<OfficerAssignmentDoc>('OfficerAssignment', officerAssignmentSchema);
}
