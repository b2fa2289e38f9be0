import { Schema, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';
import type { ConsultationChannel, ConsultationStatus } from './enums';

/** A legal consultation: requested (queued) → answered → followed by a dispute (optional). */
export interface LegalConsultationDoc {
  _id: Types.ObjectId;
  /** Records from before the queue have none (read as ANSWERED). */
  status?: ConsultationStatus;
  topic: string;
  question?: string | null;
  channel: ConsultationChannel;
  /** The person asking (PII). */
  requester?: { name: string; phone?: string | null } | null;
  /** The lawyer (a volunteer with role LAWYER) who answered or is to answer. */
  lawyerId?: Types.ObjectId | null;
  /** Name of who answered (lawyer, judge, mediator). */
  answeredBy?: string | null;
  answerSummary?: string | null;
  outcome?: string | null;
  /** When it was asked (the request's server time; older records: as stated). */
  askedAt: Date;
  askedMonth?: string | null;
  answeredAt?: Date | null;
  /** The dispute that followed, if any. */
  disputeId?: Types.ObjectId | null;
  gridId?: Types.ObjectId | null;
  enterpriseId?: Types.ObjectId | null;
  version: number;
  recorded: ActorStamp;
}

export const legalConsultationSchema = new Schema<LegalConsultationDoc>(
  {
    status: { type: String, default: 'ANSWERED' },
    topic: { type: String, required: true },
    question: { type: String, default: null },
    channel: { type: String, required: true },
    requester: { type: new Schema({ name: String, phone: String }, { _id: false }), default: null },
    lawyerId: { type: Schema.Types.ObjectId, default: null },
    answeredBy: { type: String, default: null },
    answerSummary: { type: String, default: null },
    outcome: { type: String, default: null },
    askedAt: { type: Date, required: true },
    askedMonth: { type: String, default: null },
    answeredAt: { type: Date, default: null },
    disputeId: { type: Schema.Types.ObjectId, default: null },
    gridId: { type: Schema.Types.ObjectId, default: null },
    enterpriseId: { type: Schema.Types.ObjectId, default: null },
    version: { type: Number, default: 1 },
    recorded: { type: actorStampSchema, required: true },
  },
  { collection: 'legal_consultations', versionKey: false },
);
/** READ_POLICY: a consultation belongs to the enterprise that asked (one asked by a resident belongs to no enterprise). */
scopedBy(legalConsultationSchema, { kind: 'record', field: 'enterpriseId' });
legalConsultationSchema.index({ askedAt: -1, _id: -1 });
legalConsultationSchema.index({ channel: 1, askedAt: -1 });
legalConsultationSchema.index({ status: 1, askedAt: 1 });
legalConsultationSchema.index({ gridId: 1, askedAt: -1 });
legalConsultationSchema.index({ enterpriseId: 1, askedAt: -1 });
legalConsultationSchema.index({ lawyerId: 1, askedAt: -1 });
legalConsultationSchema.index({ askedMonth: 1 });
