import { Schema, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';
import type {
  AgreementForm,
  ConfirmationOutcome,
  CourtAction,
  DeclineGround,
  DisputeKind,
  DisputeLevel,
  DisputeStatus,
  IntakeChannel,
  MediatorKind,
  OtherRoute,
  PartyRole,
  Performance,
  SessionMode,
  Signer,
  SigningMethod,
  Urgency,
} from './enums';

/** A mediator of a dispute: a volunteer of the force (people's mediator, lawyer, grid worker) or a police officer. */
export interface MediatorRef {
  kind: MediatorKind;
  id: Types.ObjectId;
}

export interface SignatureDoc {
  signer: Signer;
  /** Index of the signing party in `parties` (signer PARTY). */
  partyIndex?: number | null;
  /** The signing mediator (signer MEDIATOR). */
  mediator?: MediatorRef | null;
  method: SigningMethod;
  /** When it was signed, as recorded from the paper document (never after the recording). */
  at: Date;
}

export interface AgreementDoc {
  form: AgreementForm;
  /** 协议书编号 (written agreements). */
  number?: string | null;
  /** 纠纷的主要事实 (art. 29 (2)). */
  facts?: string | null;
  /** 争议事项 (art. 29 (2)). */
  disputedMatters?: string | null;
  /** 各方当事人的责任 (art. 29 (2)). */
  responsibilities?: string | null;
  /** 调解协议的内容 (art. 29 (3)); for an oral agreement, what the mediator recorded (art. 28). */
  terms: string;
  /** 履行的方式 (art. 29 (3)). */
  performanceMethod?: string | null;
  /** 履行的期限 (art. 29 (3)). */
  performanceDeadline?: Date | null;
  signatures: SignatureDoc[];
  /** 人民调解委员会印章 (art. 29 ¶2). */
  seal?: { committee: string; at: Date } | null;
  /** The day it took effect (art. 29 ¶2 written: the last signature and the seal; art. 30 oral: the day agreed). */
  effectiveOn: Date;
  /** Deprecated alias of effectiveOn (the old `signedAt`). */
  signedAt: Date;
  recorded: ActorStamp;
}

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
  urgency: Urgency;
  level: DisputeLevel;
  status: DisputeStatus;
  channel: IntakeChannel;
  /** Another department's record the dispute came from (e.g. a community-safety Incident). */
  origin?: { subgraph: string; typename: string; id: string } | null;
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
  /** True once escalated (for the escalation rate). */
  escalated?: boolean;
  escalations: Array<{ from: DisputeLevel; to: DisputeLevel; reason: string; escalated: ActorStamp }>;
  /** When it was accepted (受理登记): the server's clock. */
  acceptedAt?: Date | null;
  /** The 1-month limit (人民调解工作若干规定 art. 33): acceptedAt + 1 calendar month. */
  mediationDueAt?: Date | null;
  /** 治安调解 led by the police (公安机关治安调解工作规范 art. 9 limits apply). */
  securityMediation?: boolean;
  /** 治安调解: end of the last working day for the first session (规范 art. 9). */
  firstSessionDueAt?: Date | null;
  declined?: { ground: DeclineGround; reason: string; declined: ActorStamp } | null;
  /** The mediators now assigned (art. 19). */
  mediators: MediatorRef[];
  /** Every mediator ever assigned or present at a session (PoliceOfficer/Volunteer → their disputes). */
  mediatorIds: Types.ObjectId[];
  mediatorChanges: Array<{ from: MediatorRef[]; to: MediatorRef[]; reason: string; requestedBy?: PartyRole | null; changed: ActorStamp }>;
  sessions: Array<{ mode: SessionMode; mediators?: MediatorRef[]; mediatorName?: string | null; at: Date; notes?: string | null; recorded: ActorStamp }>;
  agreement?: AgreementDoc | null;
  failureReason?: string | null;
  /** Art. 26: the routes the parties were told of when mediation ended without agreement. */
  endNotice?: { routes: OtherRoute[]; notified: ActorStamp } | null;
  judicialConfirmation?: {
    appliedOn?: Date | null;
    court: string;
    jointApplication?: boolean;
    /** 调确字 case number (the old `reference`). */
    reference?: string | null;
    outcome?: ConfirmationOutcome | null;
    decidedOn?: Date | null;
    rejectionReason?: string | null;
    /** Deprecated alias of decidedOn for a confirmed agreement. */
    confirmedAt?: Date | null;
    recorded: ActorStamp;
  } | null;
  /** When the first follow-up visit is due (effectiveOn + FOLLOW_UP_DAYS of the kind). */
  followUpDueAt?: Date | null;
  followUps: Array<{ at: Date; notes: string; performance?: Performance | null; newRisks?: string | null; recorded: ActorStamp }>;
  /** The latest performance found by a follow-up. */
  performance?: Performance | null;
  urges: Array<{ notes: string; urged: ActorStamp }>;
  courtAction?: { kind: CourtAction; court: string; filedOn: Date; caseNumber?: string | null; recorded: ActorStamp } | null;
  closedAt?: Date | null;
  /** Whole days from report to closing (statistics). */
  daysToClose?: number | null;
  /** Closed within 1 month of acceptance (statistics). */
  closedWithinLimit?: boolean | null;
  satisfaction?: number | null;
  history: Array<{ from?: DisputeStatus | null; to: DisputeStatus; action?: string | null; reason?: string | null; changed: ActorStamp }>;
  version: number;
  created: ActorStamp;
  updated: ActorStamp;
}

const sub = <T>(definition: Record<string, unknown>) => new Schema<T>(definition, { _id: false });
const mediatorRef = sub<MediatorRef>({ kind: { type: String, required: true }, id: { type: Schema.Types.ObjectId, required: true } });

export const disputeSchema = new Schema<DisputeDoc>(
  {
    title: { type: String, required: true },
    description: { type: String, default: null },
    kind: { type: String, required: true },
    urgency: { type: String, required: true, default: 'NORMAL' },
    level: { type: String, required: true },
    status: { type: String, required: true },
    channel: { type: String, required: true },
    origin: { type: sub({ subgraph: String, typename: String, id: String }), default: null },
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
    escalated: { type: Boolean, default: false },
    escalations: { type: [sub({ from: String, to: String, reason: String, escalated: actorStampSchema })], default: [] },
    acceptedAt: { type: Date, default: null },
    mediationDueAt: { type: Date, default: null },
    securityMediation: { type: Boolean, default: false },
    firstSessionDueAt: { type: Date, default: null },
    declined: { type: sub({ ground: String, reason: String, declined: actorStampSchema }), default: null },
    mediators: { type: [mediatorRef], default: [] },
    mediatorIds: { type: [Schema.Types.ObjectId], default: [] },
    mediatorChanges: {
      type: [sub({ from: [mediatorRef], to: [mediatorRef], reason: String, requestedBy: String, changed: actorStampSchema })],
      default: [],
    },
    sessions: {
      type: [sub({ mode: String, mediators: { type: [mediatorRef], default: [] }, mediatorName: String, at: Date, notes: String, recorded: actorStampSchema })],
      default: [],
    },
    agreement: {
      type: sub({
        form: { type: String, default: 'WRITTEN' },
        number: String,
        facts: String,
        disputedMatters: String,
        responsibilities: String,
        terms: String,
        performanceMethod: String,
        performanceDeadline: Date,
        signatures: {
          type: [sub({ signer: String, partyIndex: Number, mediator: { type: mediatorRef, default: null }, method: String, at: Date })],
          default: [],
        },
        seal: { type: sub({ committee: String, at: Date }), default: null },
        effectiveOn: Date,
        signedAt: Date,
        recorded: actorStampSchema,
      }),
      default: null,
    },
    failureReason: { type: String, default: null },
    endNotice: { type: sub({ routes: [String], notified: actorStampSchema }), default: null },
    judicialConfirmation: {
      type: sub({
        appliedOn: Date,
        court: String,
        jointApplication: Boolean,
        reference: String,
        outcome: String,
        decidedOn: Date,
        rejectionReason: String,
        confirmedAt: Date,
        recorded: actorStampSchema,
      }),
      default: null,
    },
    followUpDueAt: { type: Date, default: null },
    followUps: { type: [sub({ at: Date, notes: String, performance: String, newRisks: String, recorded: actorStampSchema })], default: [] },
    performance: { type: String, default: null },
    urges: { type: [sub({ notes: String, urged: actorStampSchema })], default: [] },
    courtAction: { type: sub({ kind: String, court: String, filedOn: Date, caseNumber: String, recorded: actorStampSchema }), default: null },
    closedAt: { type: Date, default: null },
    daysToClose: { type: Number, default: null },
    closedWithinLimit: { type: Boolean, default: null },
    satisfaction: { type: Number, default: null },
    history: { type: [sub({ from: String, to: String, action: String, reason: String, changed: actorStampSchema })], default: [] },
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
disputeSchema.index({ urgency: 1, reportedAt: -1 });
disputeSchema.index({ mediatorIds: 1, reportedAt: -1 });
/** The overdue lists (time rules): status + due date. */
disputeSchema.index({ status: 1, mediationDueAt: 1 });
disputeSchema.index({ status: 1, followUpDueAt: 1 });
disputeSchema.index({ status: 1, firstSessionDueAt: 1 });
disputeSchema.index({ escalated: 1, reportedAt: -1 });
