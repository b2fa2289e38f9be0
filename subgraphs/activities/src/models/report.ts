import { Schema, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema } from '@pecg/common';

export const OUTCOME_KINDS = ['NEED_RAISED', 'RISK_FOUND', 'NOTE'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export const DELIVERY_STATES = ['PENDING', 'CREATED', 'NOT_APPLICABLE'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/**
 * The outbox entry of an outcome that creates a record in the enterprises subgraph (a service need or
 * a risk alert): PENDING until the gateway answered with the created record's id (CREATED). The
 * Idempotency-Key of every attempt is `activities:<activity id>:outcome:<outcome id>`, so a retry never
 * creates a second record.
 */
export interface DeliveryDoc {
  state: DeliveryState;
  recordId?: string | null;
  attempts: number;
  lastAttemptAt?: Date | null;
  /** A failure's error code (never a message that could quote personal information). */
  lastError?: string | null;
  createdAt?: Date | null;
}

export interface ReportOutcomeDoc {
  _id: Types.ObjectId;
  kind: OutcomeKind;
  enterpriseId?: Types.ObjectId | null;
  description: string;
  /** NEED_RAISED: the service need's category (enterprises' ServiceNeedCategory) and due date (YYYY-MM-DD). */
  needCategory?: string | null;
  dueOn?: string | null;
  /** RISK_FOUND: the alert's type and severity (enterprises' RiskAlertType / RiskSeverity). */
  riskType?: string | null;
  severity?: string | null;
  delivery: DeliveryDoc;
}

export interface PhotoDoc {
  title: string;
  takenAt?: Date | null;
  reference?: string | null;
}

/** The closing report of an activity (modelled on Decidim's meeting close). */
export interface ClosingReportDoc {
  summary: string;
  attendeeCount: number;
  /** Enterprises whose people attended (from check-ins) and further organisations named by the organiser. */
  attendingEnterpriseIds: Types.ObjectId[];
  otherOrganisations: string[];
  outcomes: ReportOutcomeDoc[];
  photos: PhotoDoc[];
  closedAt: Date;
  closed: ActorStamp;
}

const deliverySchema = new Schema<DeliveryDoc>(
  {
    state: { type: String, required: true },
    recordId: { type: String, default: null },
    attempts: { type: Number, required: true, default: 0 },
    lastAttemptAt: { type: Date, default: null },
    lastError: { type: String, default: null },
    createdAt: { type: Date, default: null },
  },
  { _id: false },
);

const outcomeSchema = new Schema<ReportOutcomeDoc>({
  kind: { type: String, required: true },
  enterpriseId: { type: Schema.Types.ObjectId, default: null },
  description: { type: String, required: true },
  needCategory: { type: String, default: null },
  dueOn: { type: String, default: null },
  riskType: { type: String, default: null },
  severity: { type: String, default: null },
  delivery: { type: deliverySchema, required: true },
});

export const closingReportSchema = new Schema<ClosingReportDoc>(
  {
    summary: { type: String, required: true },
    attendeeCount: { type: Number, required: true },
    attendingEnterpriseIds: { type: [Schema.Types.ObjectId], default: [] },
    otherOrganisations: { type: [String], default: [] },
    outcomes: { type: [outcomeSchema], default: [] },
    photos: {
      type: [
        new Schema<PhotoDoc>(
          { title: { type: String, required: true }, takenAt: { type: Date, default: null }, reference: { type: String, default: null } },
          { _id: false },
        ),
      ],
      default: [],
    },
    closedAt: { type: Date, required: true },
    closed: { type: actorStampSchema, required: true },
  },
  { _id: false },
);

/** A closing report as resolved: with its activity's id (for audit records of the stamp). */
export type ClosingReportView = ClosingReportDoc & { activityId: Types.ObjectId };
