import { Schema, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';
import type { ProcedureKindValue } from './item';

export const APPLICATION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'SUPPLEMENT_REQUESTED',
  'ACCEPTED',
  'ACCEPTED_WITH_DEFICIENCY',
  'NOT_ACCEPTED',
  'UNDER_REVIEW',
  'FORWARDED',
  'APPROVED',
  'RECORDED',
  'DENIED',
  'WITHDRAWN',
  'TERMINATED',
] as const;
export type ApplicationStatusValue = (typeof APPLICATION_STATUSES)[number];
export type ChannelValue = 'ONLINE' | 'IN_PERSON' | 'PHOTO_TO_OFFICER';
export type SpecialProcedureKindValue = 'HEARING' | 'TESTING' | 'EXPERT_REVIEW';
export type CommitmentStatusValue = 'PENDING' | 'FULFILLED' | 'LAPSED';

export interface SubmittedMaterialDoc {
  code: string;
  /** When it reached the office: the server's clock at the write (counts for commitment deadlines). */
  submittedAt: Date;
  /** When the submitter says it was handed in (a client-stated date, kept apart; never counted). */
  statedSubmittedAt?: Date | null;
  channel: ChannelValue;
}
export interface VisitDoc {
  at: Date;
  purpose: string;
  recordedBy: ActorStamp;
}
export interface TransitionDoc {
  from: ApplicationStatusValue | null;
  to: ApplicationStatusValue;
  actor: ActorStamp;
  at: Date;
  reason?: string | null;
}
export interface CommitmentDoc {
  missingMaterialCodes: string[];
  deadline: Date;
  status: CommitmentStatusValue;
  fulfilledAt?: Date | null;
}
export interface SupplementNoticeDoc {
  missingMaterialCodes: string[];
  note?: string | null;
  issued: ActorStamp;
}
export interface SpecialProcedureDoc {
  kind: SpecialProcedureKindValue;
  reason: string;
  startedAt: Date;
  endedAt?: Date | null;
  workingDays?: number | null;
}
export interface ExtensionDoc {
  days: number;
  reason: string;
  approvedBy: string;
  recorded: ActorStamp;
}

/** The higher authority's decision on a forwarded application, as the workstation recorded it. */
export interface HigherDecisionDoc {
  authority: string;
  documentNumber: string;
  decidedAt: Date;
  recorded: ActorStamp;
}

export interface ApplicationDoc {
  _id: Types.ObjectId;
  itemId: Types.ObjectId;
  /** The item's procedure kind (许可 / 备案), copied at creation: a stored key for aggregates. */
  procedureKind?: ProcedureKindValue | null;
  enterpriseId: Types.ObjectId;
  handlingOfficerId?: Types.ObjectId | null;
  applicantContact: { name: string; phone: string };
  status: ApplicationStatusValue;
  materials: SubmittedMaterialDoc[];
  visits: VisitDoc[];
  inPersonVisitCount: number;
  multipleVisits: boolean;
  submittedAt?: Date | null;
  /** Month key (YYYY-MM, CST) of submission, stored for statistics. */
  submittedMonth?: string | null;
  acceptanceDueDate?: Date | null;
  acceptedAt?: Date | null;
  deemedAccepted: boolean;
  acceptedWithDeficiency: boolean;
  decisionDueDate?: Date | null;
  decidedAt?: Date | null;
  workingDaysToDecision?: number | null;
  decidedOnTime?: boolean | null;
  /** End of the promised limit (承诺时限, working days) of the workstation's part. */
  promisedDueDate?: Date | null;
  /** Whether the workstation's part (decision, recording or forwarding) met the promised limit. */
  decidedWithinPromise?: boolean | null;
  /** Forwarding to the higher authority (报送上级). */
  forwardedAt?: Date | null;
  forwardedTo?: string | null;
  forwardedOnTime?: boolean | null;
  higherDecision?: HigherDecisionDoc | null;
  /** 备案编号 of a recorded filing. */
  filingNumber?: string | null;
  certificateDueDate?: Date | null;
  certificateNumber?: string | null;
  supplementNotice?: SupplementNoticeDoc | null;
  commitment?: CommitmentDoc | null;
  extension?: ExtensionDoc | null;
  specialProcedures: SpecialProcedureDoc[];
  /** Set while a special procedure runs (the decision clock is paused). */
  pausedSince?: Date | null;
  decisionReason?: string | null;
  denialLegalBasis?: string | null;
  /** Set once when the application was found overdue (supervision opened). */
  overdueAt?: Date | null;
  timeline: TransitionDoc[];
  version: number;
  createdAt: Date;
  updatedAt?: Date;
}

const materialSchema = new Schema<SubmittedMaterialDoc>(
  { code: String, submittedAt: Date, statedSubmittedAt: { type: Date, default: null }, channel: String },
  { _id: false },
);
const visitSchema = new Schema<VisitDoc>({ at: Date, purpose: String, recordedBy: actorStampSchema }, { _id: false });
const transitionSchema = new Schema<TransitionDoc>({ from: String, to: String, actor: actorStampSchema, at: Date, reason: String }, { _id: false });
const commitmentSchema = new Schema<CommitmentDoc>({ missingMaterialCodes: [String], deadline: Date, status: String, fulfilledAt: Date }, { _id: false });
const noticeSchema = new Schema<SupplementNoticeDoc>({ missingMaterialCodes: [String], note: String, issued: actorStampSchema }, { _id: false });
const procedureSchema = new Schema<SpecialProcedureDoc>({ kind: String, reason: String, startedAt: Date, endedAt: Date, workingDays: Number }, { _id: false });
const higherDecisionSchema = new Schema<HigherDecisionDoc>(
  { authority: String, documentNumber: String, decidedAt: Date, recorded: actorStampSchema },
  { _id: false },
);
const extensionSchema = new Schema<ExtensionDoc>({ days: Number, reason: String, approvedBy: String, recorded: actorStampSchema }, { _id: false });

export const applicationSchema = new Schema<ApplicationDoc>(
  {
    itemId: { type: Schema.Types.ObjectId, required: true },
    procedureKind: { type: String, default: null },
    enterpriseId: { type: Schema.Types.ObjectId, required: true },
    handlingOfficerId: { type: Schema.Types.ObjectId, default: null },
    applicantContact: { name: String, phone: String },
    status: { type: String, required: true },
    materials: { type: [materialSchema], default: [] },
    visits: { type: [visitSchema], default: [] },
    inPersonVisitCount: { type: Number, default: 0 },
    multipleVisits: { type: Boolean, default: false },
    submittedAt: { type: Date, default: null },
    submittedMonth: { type: String, default: null },
    acceptanceDueDate: { type: Date, default: null },
    acceptedAt: { type: Date, default: null },
    deemedAccepted: { type: Boolean, default: false },
    acceptedWithDeficiency: { type: Boolean, default: false },
    decisionDueDate: { type: Date, default: null },
    decidedAt: { type: Date, default: null },
    workingDaysToDecision: { type: Number, default: null },
    decidedOnTime: { type: Boolean, default: null },
    promisedDueDate: { type: Date, default: null },
    decidedWithinPromise: { type: Boolean, default: null },
    forwardedAt: { type: Date, default: null },
    forwardedTo: { type: String, default: null },
    forwardedOnTime: { type: Boolean, default: null },
    higherDecision: { type: higherDecisionSchema, default: null },
    filingNumber: { type: String, default: null },
    certificateDueDate: { type: Date, default: null },
    certificateNumber: { type: String, default: null },
    supplementNotice: { type: noticeSchema, default: null },
    commitment: { type: commitmentSchema, default: null },
    extension: { type: extensionSchema, default: null },
    specialProcedures: { type: [procedureSchema], default: [] },
    pausedSince: { type: Date, default: null },
    decisionReason: { type: String, default: null },
    denialLegalBasis: { type: String, default: null },
    overdueAt: { type: Date, default: null },
    timeline: { type: [transitionSchema], default: [] },
    version: { type: Number, default: 0 },
  },
  { collection: 'applications', timestamps: true, versionKey: false },
);
/** READ_POLICY: an application belongs to its applicant enterprise. */
scopedBy(applicationSchema, { kind: 'record', field: 'enterpriseId' });
applicationSchema.index({ enterpriseId: 1, createdAt: -1 });
applicationSchema.index({ createdAt: -1 });
applicationSchema.index({ submittedAt: -1 });
applicationSchema.index({ decisionDueDate: 1 });
applicationSchema.index({ status: 1, createdAt: -1 });
applicationSchema.index({ status: 1, acceptanceDueDate: 1 });
applicationSchema.index({ status: 1, decisionDueDate: 1 });
applicationSchema.index({ status: 1, certificateDueDate: 1 });
applicationSchema.index({ itemId: 1, createdAt: -1 });
applicationSchema.index({ handlingOfficerId: 1, createdAt: -1 });
applicationSchema.index({ submittedMonth: 1 });
// the analysts' filters (issue 17): items and enterprises by submission time
applicationSchema.index({ itemId: 1, submittedAt: -1 });
applicationSchema.index({ enterpriseId: 1, submittedAt: -1 });
applicationSchema.index({ status: 1, submittedAt: -1 });
applicationSchema.index({ decidedAt: -1 });
applicationSchema.index({ itemId: 1, decidedAt: -1 });
// the measured service measures (#4 by acceptance, #7 by forwarding or decision)
applicationSchema.index({ acceptedAt: -1 });
applicationSchema.index({ forwardedAt: -1 });
applicationSchema.index({ multipleVisits: 1 });
applicationSchema.index({ acceptedWithDeficiency: 1 });
applicationSchema.index({ 'commitment.status': 1, 'commitment.deadline': 1 });
