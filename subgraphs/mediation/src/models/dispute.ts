import { Schema, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';
import type { DisputeKind, DisputeLevel, DisputeStatus, IntakeChannel, PartyRole, SessionMode } from './enums';

export interface PartyDoc {
  name: string;
  phone?: string | null;
  idNumber?: string | null;
  role: PartyRole;
  enterpriseId?: Types.ObjectId | null;
}

export interface DisputeDoc {
  _id: Types.ObjectId;
  title: string;
  description?: string | null;
  kind: DisputeKind;
  level: DisputeLevel;
  status: DisputeStatus;
  channel: IntakeChannel;
  /** True once an agreement is reached; `resolvedLevel` is the level it was reached at. */
  resolved: boolean;
  resolvedLevel?: DisputeLevel | null;
  gridId?: Types.ObjectId | null;
  communityId?: Types.ObjectId | null;
  parties: PartyDoc[];
  /** Enterprises among the parties (for Enterprise.disputes and ENTERPRISE scope). */
  enterpriseIds: Types.ObjectId[];
  /** When the dispute was reported: the server's clock at the report, never a client's value. */
  reportedAt: Date;
  /** When the dispute arose, as the reporter states it (kept as stated, not checked; null when not stated). */
  occurredAt?: Date | null;
  /** monthKey(reportedAt), stored for statistics and the month filter. */
  reportedMonth: string;
  escalations: Array<{ from: DisputeLevel; to: DisputeLevel; reason: string; escalated: ActorStamp }>;
  sessions: Array<{ mode: SessionMode; mediatorName: string; at: Date; notes?: string | null; recorded: ActorStamp }>;
  agreement?: { terms: string; signedAt: Date; recorded: ActorStamp } | null;
  failureReason?: string | null;
  judicialConfirmation?: { court: string; reference: string; confirmedAt: Date; recorded: ActorStamp } | null;
  followUps: Array<{ at: Date; notes: string; recorded: ActorStamp }>;
  satisfaction?: number | null;
  history: Array<{ from?: DisputeStatus | null; to: DisputeStatus; changed: ActorStamp }>;
  version: number;
  created: ActorStamp;
  updated: ActorStamp;
}

const sub = <T>(definition: Record<string, unknown>) => new Schema<T>(definition, { _id: false });

export const disputeSchema = new Schema<DisputeDoc>(
  {
    title: { type: String, required: true },
    description: { type: String, default: null },
    kind: { type: String, required: true },
    level: { type: String, required: true },
    status: { type: String, required: true },
    channel: { type: String, required: true },
    resolved: { type: Boolean, required: true, default: false },
    resolvedLevel: { type: String, default: null },
    gridId: { type: Schema.Types.ObjectId, default: null },
    communityId: { type: Schema.Types.ObjectId, default: null },
    parties: {
      type: [
        sub<PartyDoc>({
          name: { type: String, required: true },
          phone: String,
          idNumber: String,
          role: { type: String, required: true },
          enterpriseId: { type: Schema.Types.ObjectId, default: null },
        }),
      ],
      default: [],
    },
    enterpriseIds: { type: [Schema.Types.ObjectId], default: [] },
    reportedAt: { type: Date, required: true },
    occurredAt: { type: Date, default: null },
    reportedMonth: { type: String, required: true },
    escalations: { type: [sub({ from: String, to: String, reason: String, escalated: actorStampSchema })], default: [] },
    sessions: { type: [sub({ mode: String, mediatorName: String, at: Date, notes: String, recorded: actorStampSchema })], default: [] },
    agreement: { type: sub({ terms: String, signedAt: Date, recorded: actorStampSchema }), default: null },
    failureReason: { type: String, default: null },
    judicialConfirmation: { type: sub({ court: String, reference: String, confirmedAt: Date, recorded: actorStampSchema }), default: null },
    followUps: { type: [sub({ at: Date, notes: String, recorded: actorStampSchema })], default: [] },
    satisfaction: { type: Number, default: null },
    history: { type: [sub({ from: String, to: String, changed: actorStampSchema })], default: [] },
    version: { type: Number, required: true, default: 1 },
    created: { type: actorStampSchema, required: true },
    updated: { type: actorStampSchema, required: true },
  },
  { collection: 'disputes', versionKey: false },
);
/** READ_POLICY: a dispute belongs to every enterprise among its parties (ENTERPRISE callers see those they are a party to). */
scopedBy(disputeSchema, { kind: 'record', field: 'enterpriseIds' });
disputeSchema.index({ reportedAt: -1, _id: -1 });
disputeSchema.index({ enterpriseIds: 1, reportedAt: -1 });
disputeSchema.index({ kind: 1, reportedAt: -1 });
disputeSchema.index({ level: 1, reportedAt: -1 });
disputeSchema.index({ status: 1, reportedAt: -1 });
disputeSchema.index({ channel: 1, reportedAt: -1 });
disputeSchema.index({ gridId: 1, status: 1, reportedAt: -1 });
disputeSchema.index({ communityId: 1, reportedAt: -1 });
disputeSchema.index({ reportedMonth: 1 });
disputeSchema.index({ resolved: 1, resolvedLevel: 1 });
