import { Schema, type Types } from 'mongoose';
import { actorStampSchema, type ActorStamp } from '@pecg/common';
import type { IncidentSeverity } from './incident';

export const SHIFT_KINDS = ['PATROL', 'SAFETY_INSPECTION'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];
export const SHIFT_STATUSES = ['PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED'] as const;
export type ShiftStatus = (typeof SHIFT_STATUSES)[number];
export const FINDING_KINDS = ['HAZARD', 'DISPUTE', 'SERVICE_NEED'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** A patrol route with its checkpoints, in a grid (the mediation subgraph's Grid). */
export interface PatrolRouteDoc {
  _id: Types.ObjectId;
  name: string;
  gridId: Types.ObjectId;
  checkpoints: string[];
  version: number;
}

export interface CheckpointVisitDoc {
  checkpoint: string;
  at: Date;
}

export interface FindingDoc {
  kind: FindingKind;
  description: string;
  at: Date;
  /** The incident the finding became. */
  incidentId?: Types.ObjectId | null;
  /** What the incident was raised with (kept so an interrupted finding can raise the same incident again). */
  severity?: IncidentSeverity | null;
  enterpriseId?: string | null;
  /** The shift's version this finding's write made (an interrupted finding is recognised by it). */
  shiftVersion?: number | null;
  recorded: ActorStamp;
}

/**
 * A patrol or safety-inspection shift (巡逻 / 安全检查) of the volunteer force: a route, the volunteers on
 * it (Volunteer of the mediation subgraph), the checkpoints visited and the findings.
 */
export interface PatrolShiftDoc {
  _id: Types.ObjectId;
  routeId: Types.ObjectId;
  gridId: Types.ObjectId;
  kind: ShiftKind;
  status: ShiftStatus;
  startsAt: Date;
  endsAt: Date;
  /** CST month key of `startsAt`, stored for statistics. */
  month: string;
  volunteerIds: Types.ObjectId[];
  visits: CheckpointVisitDoc[];
  findings: FindingDoc[];
  findingCount: number;
  created: ActorStamp;
  updated: ActorStamp;
  version: number;
}

export const patrolRouteSchema = new Schema<PatrolRouteDoc>(
  {
    name: { type: String, required: true },
    gridId: { type: Schema.Types.ObjectId, required: true },
    checkpoints: [String],
    version: { type: Number, default: 1 },
  },
  { collection: 'patrol_routes', versionKey: false },
);
patrolRouteSchema.index({ name: 1 }, { unique: true });

const visitSchema = new Schema<CheckpointVisitDoc>({ checkpoint: String, at: Date }, { _id: false });
const findingSchema = new Schema<FindingDoc>(
  {
    kind: String,
    description: String,
    at: Date,
    incidentId: Schema.Types.ObjectId,
    severity: { type: String, default: null },
    enterpriseId: { type: String, default: null },
    shiftVersion: { type: Number, default: null },
    recorded: actorStampSchema,
  },
  { _id: false },
);

export const patrolShiftSchema = new Schema<PatrolShiftDoc>(
  {
    routeId: { type: Schema.Types.ObjectId, required: true },
    gridId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, required: true, enum: SHIFT_KINDS },
    status: { type: String, required: true, enum: SHIFT_STATUSES },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    month: { type: String, required: true },
    volunteerIds: { type: [Schema.Types.ObjectId], default: [] },
    visits: { type: [visitSchema], default: [] },
    findings: { type: [findingSchema], default: [] },
    findingCount: { type: Number, default: 0 },
    created: { type: actorStampSchema, required: true },
    updated: { type: actorStampSchema, required: true },
    version: { type: Number, default: 1 },
  },
  { collection: 'patrol_shifts', versionKey: false },
);
patrolShiftSchema.index({ startsAt: -1 });
patrolShiftSchema.index({ gridId: 1, startsAt: -1 });
patrolShiftSchema.index({ volunteerIds: 1, startsAt: -1 });
patrolShiftSchema.index({ status: 1, startsAt: -1 });
patrolShiftSchema.index({ kind: 1, startsAt: -1 });
patrolShiftSchema.index({ month: 1 });
