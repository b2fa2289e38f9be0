import { Schema, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';
import type { ConsultationChannel } from './enums';

export interface LegalConsultationDoc {
  _id: Types.ObjectId;
  topic: string;
  channel: ConsultationChannel;
  answeredBy: string;
  answerSummary?: string | null;
  askedAt: Date;
  gridId?: Types.ObjectId | null;
  enterpriseId?: Types.ObjectId | null;
  recorded: ActorStamp;
}

export const legalConsultationSchema = new Schema<LegalConsultationDoc>(
  {
    topic: { type: String, required: true },
    channel: { type: String, required: true },
    answeredBy: { type: String, required: true },
    answerSummary: { type: String, default: null },
    askedAt: { type: Date, required: true },
    gridId: { type: Schema.Types.ObjectId, default: null },
    enterpriseId: { type: Schema.Types.ObjectId, default: null },
    recorded: { type: actorStampSchema, required: true },
  },
  { collection: 'legal_consultations', versionKey: false },
);
/** READ_POLICY: a consultation belongs to the enterprise that asked (one asked by a resident belongs to no enterprise). */
scopedBy(legalConsultationSchema, { kind: 'record', field: 'enterpriseId' });
legalConsultationSchema.index({ askedAt: -1, _id: -1 });
legalConsultationSchema.index({ channel: 1, askedAt: -1 });
legalConsultationSchema.index({ gridId: 1, askedAt: -1 });
legalConsultationSchema.index({ enterpriseId: 1, askedAt: -1 });
