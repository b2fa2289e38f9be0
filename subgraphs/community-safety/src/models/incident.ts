import { Schema, type Types } from 'mongoose';
import { actorStampSchema, scopedBy, type ActorStamp } from '@pecg/common';
import type { EventKind } from './event';

export const INCIDENT_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];
export const INCIDENT_STATUSES = ['OPEN', 'HANDLING', 'RESOLVED', 'CLOSED'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const INCIDENT_SOURCES = ['SENSING_EVENT', 'PATROL_FINDING', 'MANUAL'] as const;
export type IncidentSource = (typeof INCIDENT_SOURCES)[number];

export interface IncidentTransitionDoc {
  from: IncidentStatus | null;
  to: IncidentStatus;
  reason?: string | null;
  actor: ActorStamp;
  at: Date;
}

/**
 * An incident (事件): a sensing event or a patrol finding that needs handling, with a severity and an
 * owner. It may open a dispute in mediation or a risk alert in enterprises — through the gateway, with
 * this subgraph's service identity — and keeps their ids (linked both ways).
 */
export interface IncidentDoc {
  _id: Types.ObjectId;
  title: string;
  kind: EventKind | 'PATROL_HAZARD' | 'PATROL_DISPUTE' | 'PATROL_SERVICE_NEED' | 'OTHER';
  severity: IncidentSeverity;
  status: IncidentStatus;
  source: IncidentSource;
  /** The sensing event it came from (one incident per event: unique). */
  sourceEventId?: Types.ObjectId | null;
  /** The patrol shift whose finding it came from. */
  sourceShiftId?: Types.ObjectId | null;
  deviceId?: Types.ObjectId | null;
  placeName?: string | null;
  /** The grid (mediation subgraph) of the device's place or of the patrol's route, when known. */
  gridId?: Types.ObjectId | null;
  /** The enterprise it concerns, if any (READ_POLICY: an ENTERPRISE caller sees only its own). */
  enterpriseId?: Types.ObjectId | null;
  /** The officer who owns it (PoliceOfficer of the enterprises subgraph). */
  ownerOfficerId?: Types.ObjectId | null;
  /** The dispute it opened in the mediation subgraph. */
  disputeId?: Types.ObjectId | null;
  /** The risk alert it raised in the enterprises subgraph. */
  riskAlertId?: Types.ObjectId | null;
  occurredAt: Date;
  occurredMonth: string;
  resolution?: string | null;
  /** Server times of the RESOLVED and CLOSED steps, and the minutes from `occurredAt` to each (for handling-time figures). */
  resolvedAt?: Date | null;
  minutesToResolve?: number | null;
  closedAt?: Date | null;
  minutesToClose?: number | null;
  timeline: IncidentTransitionDoc[];
  created: ActorStamp;
  updated: ActorStamp;
  version: number;
}

const transitionSchema = new Schema<IncidentTransitionDoc>({ from: String, to: String, reason: String, actor: actorStampSchema, at: Date }, { _id: false });

export const incidentSchema = new Schema<IncidentDoc>(
  {
    title: { type: String, required: true },
    kind: { type: String, required: true },
    severity: { type: String, required: true, enum: INCIDENT_SEVERITIES },
    status: { type: String, required: true, enum: INCIDENT_STATUSES },
    source: { type: String, required: true, enum: INCIDENT_SOURCES },
    sourceEventId: { type: Schema.Types.ObjectId, default: null },
    sourceShiftId: { type: Schema.Types.ObjectId, default: null },
    deviceId: { type: Schema.Types.ObjectId, default: null },
    placeName: { type: String, default: null },
    gridId: { type: Schema.Types.ObjectId, default: null },
    enterpriseId: { type: Schema.Types.ObjectId, default: null },
    ownerOfficerId: { type: Schema.Types.ObjectId, default: null },
    disputeId: { type: Schema.Types.ObjectId, default: null },
    riskAlertId: { type: Schema.Types.ObjectId, default: null },
    occurredAt: { type: Date, required: true },
    occurredMonth: { type: String, required: true },
    resolution: { type: String, default: null },
    resolvedAt: { type: Date, default: null },
    minutesToResolve: { type: Number, default: null },
    closedAt: { type: Date, default: null },
    minutesToClose: { type: Number, default: null },
    timeline: { type: [transitionSchema], default: [] },
    created: { type: actorStampSchema, required: true },
    updated: { type: actorStampSchema, required: true },
    version: { type: Number, default: 1 },
  },
  { collection: 'incidents', versionKey: false },
);
/** READ_POLICY: an incident about an enterprise belongs to that enterprise. */
scopedBy(incidentSchema, { kind: 'record', field: 'enterpriseId' });
incidentSchema.index({ sourceEventId: 1 }, { unique: true, partialFilterExpression: { sourceEventId: { $type: 'objectId' } } });
incidentSchema.index({ occurredAt: -1 });
incidentSchema.index({ status: 1, occurredAt: -1 });
incidentSchema.index({ severity: 1, occurredAt: -1 });
incidentSchema.index({ source: 1, occurredAt: -1 });
incidentSchema.index({ kind: 1, occurredAt: -1 });
incidentSchema.index({ gridId: 1, occurredAt: -1 });
incidentSchema.index({ enterpriseId: 1, occurredAt: -1 });
incidentSchema.index({ disputeId: 1 });
incidentSchema.index({ riskAlertId: 1 });
incidentSchema.index({ sourceShiftId: 1 });
incidentSchema.index({ occurredMonth: 1 });
