import { Schema, type Types } from 'mongoose';

export interface RequiredMaterialDoc {
  code: string;
  name: string;
  essential: boolean;
}

export interface ApprovalItemDoc {
  _id: Types.ObjectId;
  code: string;
  name: string;
  legalBasis: string;
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

const requiredMaterialSchema = new Schema<RequiredMaterialDoc>({ code: String, name: String, essential: Boolean }, { _id: false });

export const approvalItemSchema = new Schema<ApprovalItemDoc>(
  {
    code: { type: String, required: true },
    name: { type: String, required: true },
    legalBasis: { type: String, required: true },
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
