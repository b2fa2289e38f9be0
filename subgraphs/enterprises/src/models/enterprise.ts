import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';

export const ENTERPRISE_CATEGORIES = ['ABOVE_SCALE', 'SMALL_MICRO_TECH', 'OTHER'] as const;
export type EnterpriseCategoryValue = (typeof ENTERPRISE_CATEGORIES)[number];
export const ENTERPRISE_STATUSES = ['ACTIVE', 'SUSPENDED', 'EXITED'] as const;
export type EnterpriseStatusValue = (typeof ENTERPRISE_STATUSES)[number];
export const ALLIANCE_ROLES = ['MEMBER', 'LEAD_UNIT'] as const;

export interface ContactDoc {
  name: string;
  role: string;
  phone: string;
}

export interface AllianceMembershipDoc {
  joinedOn: Date;
  role: (typeof ALLIANCE_ROLES)[number];
  liaison: { name: string; phone: string };
  leftOn: Date | null;
}

export interface EnterpriseDoc {
  _id: Types.ObjectId;
  name: string;
  creditCode: string;
  category: EnterpriseCategoryValue;
  industry: string;
  park: string;
  /** One of the incubator's firms (国家级科技企业孵化器 万象创新科技产业园). */
  inIncubator?: boolean;
  address: string;
  legalRepresentative: string;
  contacts: ContactDoc[];
  employeeCount: number;
  foundedOn: Date;
  status: EnterpriseStatusValue;
  registeredAt: Date;
  /** monthKey(registeredAt), stored at write time for statistics. */
  registeredMonth: string;
  /** True while the alliance membership is current (filter and statistics key). */
  allianceMember: boolean;
  alliance: AllianceMembershipDoc | null;
  version: number;
  created: ActorStamp;
  updated: ActorStamp;
  createdAt?: Date;
  updatedAt?: Date;
}

const contactSchema = new Schema<ContactDoc>(
  { name: { type: String, required: true }, role: { type: String, required: true }, phone: { type: String, required: true } },
  { _id: false },
);

const allianceSchema = new Schema<AllianceMembershipDoc>(
  {
    joinedOn: { type: Date, required: true },
    role: { type: String, required: true, enum: ALLIANCE_ROLES },
    liaison: { type: new Schema({ name: { type: String, required: true }, phone: { type: String, required: true } }, { _id: false }), required: true },
    leftOn: { type: Date, default: null },
  },
  { _id: false },
);

export const enterpriseSchema = new Schema<EnterpriseDoc>(
  {
    name: { type: String, required: true },
    creditCode: { type: String, required: true },
    category: { type: String, required: true, enum: ENTERPRISE_CATEGORIES },
    industry: { type: String, required: true },
    park: { type: String, required: true },
    inIncubator: { type: Boolean, required: true, default: false },
    address: { type: String, required: true },
    legalRepresentative: { type: String, required: true },
    contacts: { type: [contactSchema], default: [] },
    employeeCount: { type: Number, required: true },
    foundedOn: { type: Date, required: true },
    status: { type: String, required: true, enum: ENTERPRISE_STATUSES },
    registeredAt: { type: Date, required: true },
    registeredMonth: { type: String, required: true },
    allianceMember: { type: Boolean, required: true, default: false },
    alliance: { type: allianceSchema, default: null },
    version: { type: Number, required: true, default: 1 },
    created: { type: actorStampSchema, required: true },
    updated: { type: actorStampSchema, required: true },
  },
  { collection: 'enterprises', timestamps: true, versionKey: false },
);
// Unique: the domain demands one enterprise per credit code.
enterpriseSchema.index({ creditCode: 1 }, { unique: true });
// One index per sort field (with the _id tie-breaker) and per filter.
enterpriseSchema.index({ name: 1, _id: 1 });
enterpriseSchema.index({ foundedOn: 1, _id: 1 });
enterpriseSchema.index({ employeeCount: 1, _id: 1 });
enterpriseSchema.index({ registeredAt: 1, _id: 1 });
// by category, and the directory's "members of one category" (its totalCount is counted from this index alone)
enterpriseSchema.index({ category: 1, allianceMember: 1, _id: 1 });
enterpriseSchema.index({ allianceMember: 1, _id: 1 });
enterpriseSchema.index({ inIncubator: 1, _id: 1 });
enterpriseSchema.index({ industry: 1, _id: 1 });
enterpriseSchema.index({ status: 1, _id: 1 });
enterpriseSchema.index({ registeredMonth: 1 });
// The directory's usual page — one category, or members of the alliance, in a chosen order — read as
// the page's own entries: { filter, sortKey, _id } for each sort field (a page of 50 reads about 50, at
// any size of the directory, instead of walking the sort index past every other category).
for (const sortKey of ['name', 'foundedOn', 'employeeCount', 'registeredAt']) {
  enterpriseSchema.index({ category: 1, [sortKey]: 1, _id: 1 });
  enterpriseSchema.index({ allianceMember: 1, [sortKey]: 1, _id: 1 });
}

// The Enterprise directory is read per READ_POLICY: an ENTERPRISE caller sees only its own enterprise.
scopedBy(enterpriseSchema, { kind: 'enterprise' });

export function enterpriseModel(connection: Connection): Model<EnterpriseDoc> {
  return connection.model<EnterpriseDoc>('Enterprise', enterpriseSchema);
}
