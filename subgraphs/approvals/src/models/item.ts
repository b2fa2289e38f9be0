import { Schema, type Types } from 'mongoose';

export interface RequiredMaterialDoc {
  code: string;
  name: string;
  essential: boolean;
}

/** 工作日 (行政许可法 art. 82: working days, holidays excluded) or 日 (a regulation's "X日内": calendar days). */
export type TimeUnitValue = 'WORKING_DAYS' | 'DAYS';
export interface TimeLimitDoc {
  value: number;
  unit: TimeUnitValue;
}
/** PERMIT: decision (approve / deny) and certificate; FILING (备案): recorded on receipt of complete materials. */
export type ProcedureKindValue = 'PERMIT' | 'FILING';
/** THIS_OFFICE decides; HIGHER_AUTHORITY: the workstation receives, reviews and forwards (报送上级). */
export type DecidingAuthorityValue = 'THIS_OFFICE' | 'HIGHER_AUTHORITY';

/** The forwarding step of an item decided above the workstation, each step with its own clock. */
export interface ForwardingDoc {
  /** The authority the workstation forwards to. */
  to: string;
  /** The authority that decides (or records the filing). */
  decidedBy: string;
  /** The workstation's clock from acceptance (receipt, for a filing) to forwarding. */
  forwardWithin: TimeLimitDoc;
  forwardBasis: string;
  /** The higher authority's clock from forwarding to its decision (null: none set by law). */
  authorityLimit?: TimeLimitDoc | null;
  authorityBasis: string;
}

export interface ApprovalItemDoc {
  _id: Types.ObjectId;
  code: string;
  name: string;
  /** The regulation and article the item rests on. */
  legalBasis: string;
  procedureKind: ProcedureKindValue;
  decidingAuthority: DecidingAuthorityValue;
  /** The statutory decision limit (null for a filing: recorded on receipt, no decision clock). */
  statutoryTimeLimit?: TimeLimitDoc | null;
  /** The regulation and article that set the limit (or 行政许可法 art. 42 when none does). */
  timeLimitBasis: string;
  /** Whether 行政许可法 art. 42's one 10-working-day extension applies (only to its own 20-day default). */
  extensionAllowed: boolean;
  forwarding?: ForwardingDoc | null;
  /** @deprecated the value of statutoryTimeLimit (0 for a filing), whatever its unit. */
  statutoryTimeLimitDays: number;
  promisedTimeLimitDays: number;
  requiredMaterials: RequiredMaterialDoc[];
  onlineSubmissionAllowed: boolean;
  maxInPersonVisits: number;
  version: number;
}

export interface ServiceMeasureDoc {
  _id: Types.ObjectId;
  number: number;
  title: string;
  description: string;
  owner: string;
  effectiveOn: Date;
  itemIds: Types.ObjectId[];
  version: number;
}

const timeLimitSchema = new Schema<TimeLimitDoc>({ value: Number, unit: String }, { _id: false });
const forwardingSchema = new Schema<ForwardingDoc>(
  {
    to: String,
    decidedBy: String,
    forwardWithin: timeLimitSchema,
    forwardBasis: String,
    authorityLimit: { type: timeLimitSchema, default: null },
    authorityBasis: String,
  },
  { _id: false },
);
const requiredMaterialSchema = new Schema<RequiredMaterialDoc>({ code: String, name: String, essential: Boolean }, { _id: false });

export const approvalItemSchema = new Schema<ApprovalItemDoc>(
  {
    code: { type: String, required: true },
    name: { type: String, required: true },
    legalBasis: { type: String, required: true },
    procedureKind: { type: String, required: true },
    decidingAuthority: { type: String, required: true },
    statutoryTimeLimit: { type: timeLimitSchema, default: null },
    timeLimitBasis: { type: String, required: true },
    extensionAllowed: { type: Boolean, default: false },
    forwarding: { type: forwardingSchema, default: null },
    statutoryTimeLimitDays: { type: Number, required: true },
    promisedTimeLimitDays: { type: Number, required: true },
    requiredMaterials: { type: [requiredMaterialSchema], default: [] },
    onlineSubmissionAllowed: { type: Boolean, default: true },
    maxInPersonVisits: { type: Number, default: 1 },
    version: { type: Number, default: 0 },
  },
  { collection: 'approval_items', versionKey: false },
);
approvalItemSchema.index({ code: 1 }, { unique: true });

export const serviceMeasureSchema = new Schema<ServiceMeasureDoc>(
  {
    number: { type: Number, required: true },
    title: { type: String, required: true },
    description: { type: String, required: true },
    owner: { type: String, required: true },
    effectiveOn: { type: Date, required: true },
    itemIds: { type: [Schema.Types.ObjectId], default: [] },
    version: { type: Number, default: 0 },
  },
  { collection: 'service_measures', versionKey: false },
);
serviceMeasureSchema.index({ number: 1 }, { unique: true });
serviceMeasureSchema.index({ itemIds: 1 });
