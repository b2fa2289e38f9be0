import { Schema, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';

export type SupervisionTriggerValue = 'NOT_ACCEPTED' | 'DENIED' | 'TERMINATED' | 'OVERDUE' | 'MULTIPLE_VISITS' | 'ENTERPRISE_REPORT';
export type SupervisionClassificationValue = 'SIMPLE' | 'COMPLEX' | 'SPECIAL' | 'HARD';
export type SupervisionStatusValue = 'OPEN' | 'INVESTIGATING' | 'RECTIFIED' | 'DISMISSED' | 'ARCHIVED';
export type EvaluationRatingValue = 'VERY_SATISFIED' | 'SATISFIED' | 'NEUTRAL' | 'DISSATISFIED' | 'VERY_DISSATISFIED';
export type FollowUpStatusValue = 'NOT_REQUIRED' | 'AWAITING_CALL_BACK' | 'AWAITING_RECTIFICATION' | 'RECTIFIED' | 'EXPLAINED' | 'APPEALED';

export interface SupervisionCaseDoc {
  _id: Types.ObjectId;
  /** `<applicationId>:<trigger>` for automatic cases, `report:<id>` for reports: unique, so an automatic case cannot open twice. */
  triggerKey: string;
  trigger: SupervisionTriggerValue;
  enterpriseId: Types.ObjectId;
  applicationId?: Types.ObjectId | null;
  description: string;
  classification?: SupervisionClassificationValue | null;
  status: SupervisionStatusValue;
  dueDate?: Date | null;
  escalated: boolean;
  finding?: string | null;
  responsibleParty?: string | null;
  rectification?: string | null;
  feedback?: string | null;
  dismissalReason?: string | null;
  opened: ActorStamp;
  openedAt: Date;
  openedMonth: string;
  closed?: ActorStamp | null;
  /** The first officer action on the case (classify and investigate, or dismiss): its response (#23). */
  firstResponse?: ActorStamp | null;
  firstResponseAt?: Date | null;
  version: number;
}

export interface EvaluationDoc {
  _id: Types.ObjectId;
  applicationId: Types.ObjectId;
  /** The rated application's item, copied at rating: a stored key for filters and aggregates. */
  itemId?: Types.ObjectId | null;
  enterpriseId: Types.ObjectId;
  rating: EvaluationRatingValue;
  comment?: string | null;
  ratedAt: Date;
  ratedMonth: string;
  rated: ActorStamp;
  bad: boolean;
  followUpStatus: FollowUpStatusValue;
  rectificationDueDate?: Date | null;
  callBackNote?: string | null;
  calledBack?: ActorStamp | null;
  answer?: string | null;
  answered?: ActorStamp | null;
  appealReason?: string | null;
  version: number;
}

export interface EnterpriseCreditMarkDoc {
  _id: Types.ObjectId;
  enterpriseId: Types.ObjectId;
  active: boolean;
  lastBrokenApplicationId?: Types.ObjectId | null;
  brokenApplicationIds: Types.ObjectId[];
  brokenCommitmentCount: number;
  markedAt?: Date | null;
  cleared?: ActorStamp | null;
  clearReason?: string | null;
  version: number;
}

export const supervisionCaseSchema = new Schema<SupervisionCaseDoc>(
  {
    triggerKey: { type: String, required: true },
    trigger: { type: String, required: true },
    enterpriseId: { type: Schema.Types.ObjectId, required: true },
    applicationId: { type: Schema.Types.ObjectId, default: null },
    description: { type: String, required: true },
    classification: { type: String, default: null },
    status: { type: String, required: true },
    dueDate: { type: Date, default: null },
    escalated: { type: Boolean, default: false },
    finding: String,
    responsibleParty: String,
    rectification: String,
    feedback: String,
    dismissalReason: String,
    opened: { type: actorStampSchema, required: true },
    openedAt: { type: Date, required: true },
    openedMonth: { type: String, required: true },
    closed: { type: actorStampSchema, default: null },
    firstResponse: { type: actorStampSchema, default: null },
    firstResponseAt: { type: Date, default: null },
    version: { type: Number, default: 0 },
  },
  { collection: 'supervision_cases', versionKey: false },
);
/** READ_POLICY: a supervision case, an evaluation and a credit mark belong to the enterprise concerned. */
scopedBy(supervisionCaseSchema, { kind: 'record', field: 'enterpriseId' });
supervisionCaseSchema.index({ triggerKey: 1 }, { unique: true });
supervisionCaseSchema.index({ openedAt: -1 });
supervisionCaseSchema.index({ dueDate: 1 });
supervisionCaseSchema.index({ status: 1, dueDate: 1 });
supervisionCaseSchema.index({ enterpriseId: 1, openedAt: -1 });
supervisionCaseSchema.index({ applicationId: 1 });
supervisionCaseSchema.index({ trigger: 1, openedAt: -1 });
supervisionCaseSchema.index({ openedMonth: 1 });
supervisionCaseSchema.index({ status: 1, openedAt: -1 });

export const evaluationSchema = new Schema<EvaluationDoc>(
  {
    applicationId: { type: Schema.Types.ObjectId, required: true },
    itemId: { type: Schema.Types.ObjectId, default: null },
    enterpriseId: { type: Schema.Types.ObjectId, required: true },
    rating: { type: String, required: true },
    comment: { type: String, default: null },
    ratedAt: { type: Date, required: true },
    ratedMonth: { type: String, required: true },
    rated: { type: actorStampSchema, required: true },
    bad: { type: Boolean, required: true },
    followUpStatus: { type: String, required: true },
    rectificationDueDate: { type: Date, default: null },
    callBackNote: String,
    calledBack: { type: actorStampSchema, default: null },
    answer: String,
    answered: { type: actorStampSchema, default: null },
    appealReason: String,
    version: { type: Number, default: 0 },
  },
  { collection: 'evaluations', versionKey: false },
);
scopedBy(evaluationSchema, { kind: 'record', field: 'enterpriseId' });
evaluationSchema.index({ applicationId: 1 }, { unique: true });
evaluationSchema.index({ ratedAt: -1 });
evaluationSchema.index({ enterpriseId: 1, ratedAt: -1 });
evaluationSchema.index({ rating: 1, ratedAt: -1 });
evaluationSchema.index({ bad: 1, followUpStatus: 1, rectificationDueDate: 1 });
evaluationSchema.index({ followUpStatus: 1, ratedAt: -1 });
evaluationSchema.index({ ratedMonth: 1 });
evaluationSchema.index({ itemId: 1, ratedAt: -1 });

export const creditMarkSchema = new Schema<EnterpriseCreditMarkDoc>(
  {
    enterpriseId: { type: Schema.Types.ObjectId, required: true },
    active: { type: Boolean, default: false },
    lastBrokenApplicationId: { type: Schema.Types.ObjectId, default: null },
    brokenApplicationIds: { type: [Schema.Types.ObjectId], default: [] },
    brokenCommitmentCount: { type: Number, default: 0 },
    markedAt: { type: Date, default: null },
    cleared: { type: actorStampSchema, default: null },
    clearReason: { type: String, default: null },
    version: { type: Number, default: 0 },
  },
  { collection: 'enterprise_credit_marks', versionKey: false },
);
scopedBy(creditMarkSchema, { kind: 'record', field: 'enterpriseId' });
creditMarkSchema.index({ enterpriseId: 1 }, { unique: true });
