import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';
import { recordSourceSchema, type RecordSourceDoc } from './service-need';

export const RISK_ALERT_TYPES = ['COUNTERPARTY_LITIGATION', 'FRAUD', 'SAFETY', 'IP_INFRINGEMENT', 'NOMINEE_HOLDING', 'OTHER'] as const;
export const RISK_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type RiskSeverityValue = (typeof RISK_SEVERITIES)[number];
export const RISK_ALERT_STATUSES = ['DETECTED', 'TRIAGED', 'NOTIFIED', 'MITIGATED', 'DISMISSED', 'CLOSED'] as const;
export type RiskAlertStatusValue = (typeof RISK_ALERT_STATUSES)[number];
/** Statuses counted as open (statistics, openAlertCount). */
export const OPEN_ALERT_STATUSES: readonly RiskAlertStatusValue[] = ['DETECTED', 'TRIAGED', 'NOTIFIED'];
/** Stored with each alert so the list can sort by severity. */
export const SEVERITY_RANK: Record<RiskSeverityValue, number> = { LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

export interface RiskAlertDoc {
  _id: Types.ObjectId;
  enterpriseId: Types.ObjectId;
  type: (typeof RISK_ALERT_TYPES)[number];
  severity: RiskSeverityValue;
  severityRank: number;
  /** Short title 标题 (optional). */
  title?: string | null;
  description: string;
  /** Where it was found (GraphQL `channel`, deprecated `source`). */
  source: string;
  /** The record of another department it came from (GraphQL `sourceRecord`). */
  origin?: RecordSourceDoc | null;
  evidence: string | null;
  raisedByOfficerId: Types.ObjectId | null;
  status: RiskAlertStatusValue;
  acknowledgedAt: Date | null;
  dismissalReason: string | null;
  mitigation: string | null;
  lossAvoidedYuan: number | null;
  raised: ActorStamp;
  updated: ActorStamp;
  raisedAt: Date;
  raisedMonth: string;
  version: number;
}

export const riskAlertSchema = new Schema<RiskAlertDoc>(
  {
    enterpriseId: { type: Schema.Types.ObjectId, required: true },
    type: { type: String, required: true, enum: RISK_ALERT_TYPES },
    severity: { type: String, required: true, enum: RISK_SEVERITIES },
    severityRank: { type: Number, required: true },
    title: { type: String, default: null },
    description: { type: String, required: true },
    source: { type: String, required: true },
    origin: { type: recordSourceSchema, default: null },
    evidence: { type: String, default: null },
    raisedByOfficerId: { type: Schema.Types.ObjectId, default: null },
    status: { type: String, required: true, enum: RISK_ALERT_STATUSES },
    acknowledgedAt: { type: Date, default: null },
    dismissalReason: { type: String, default: null },
    mitigation: { type: String, default: null },
    lossAvoidedYuan: { type: Number, default: null },
    raised: { type: actorStampSchema, required: true },
    updated: { type: actorStampSchema, required: true },
    raisedAt: { type: Date, required: true },
    raisedMonth: { type: String, required: true },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'risk_alerts', timestamps: true, versionKey: false },
);
riskAlertSchema.index({ raisedAt: 1, _id: 1 });
riskAlertSchema.index({ severityRank: 1, _id: 1 });
riskAlertSchema.index({ enterpriseId: 1, status: 1 });
riskAlertSchema.index({ status: 1, severity: 1 });
riskAlertSchema.index({ type: 1, raisedAt: 1 });
riskAlertSchema.index({ status: 1, raisedAt: 1 });
riskAlertSchema.index({ severity: 1, raisedAt: 1 });
riskAlertSchema.index({ raisedByOfficerId: 1, raisedAt: 1 });
// nested list: the latest N alerts of an enterprise (of one status)
riskAlertSchema.index({ enterpriseId: 1, raisedAt: -1, _id: -1 });
riskAlertSchema.index({ enterpriseId: 1, status: 1, raisedAt: -1, _id: -1 });
// filters: months (raisedMonth) and several enterprises
riskAlertSchema.index({ raisedMonth: 1 });
// statistics: loss avoided per enterprise
riskAlertSchema.index({ enterpriseId: 1, lossAvoidedYuan: 1 });

// Enterprise-scoped record: READ_POLICY narrows every read to what the caller may see.
scopedBy(riskAlertSchema, { kind: 'record', field: 'enterpriseId' });

export function riskAlertModel(connection: Connection): Model<RiskAlertDoc> {
  return connection.model<RiskAlertDoc>('RiskAlert', riskAlertSchema);
}
