import { Schema, type Types } from 'mongoose';
import { actorStampSchema, type ActorStamp } from '@pecg/common';

export const PERSON_CATEGORIES = ['CHILD', 'ELDER', 'OTHER'] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];
export const SEARCH_STATUSES = ['REPORTED', 'SEARCHING', 'FOUND', 'HANDED_OVER', 'CLOSED', 'CANCELLED'] as const;
export type SearchStatus = (typeof SEARCH_STATUSES)[number];

export interface SightingDoc {
  at: Date;
  /** The sensing event and device that saw the person (tracking is allowed only inside a case). */
  eventId?: Types.ObjectId | null;
  deviceId?: Types.ObjectId | null;
  placeName: string;
  note?: string | null;
  recorded: ActorStamp;
}

export interface SearchTransitionDoc {
  from: SearchStatus | null;
  to: SearchStatus;
  reason?: string | null;
  actor: ActorStamp;
  at: Date;
}

/**
 * A lost-person search (走失人员查找) on the crowded 东坡水街: reported, searched with the platform's
 * cameras, found, handed over. The person's and the reporter's details are personal information:
 * masked by role, audited when shown, and erased `retention` days after the case closes.
 */
export interface LostPersonCaseDoc {
  _id: Types.ObjectId;
  caseNumber: string;
  category: PersonCategory;
  /** Personal data (null once erased). */
  personName?: string | null;
  personAge?: number | null;
  description?: string | null;
  reporterName?: string | null;
  reporterPhone?: string | null;
  lastSeenPlace: string;
  lastSeenAt: Date;
  status: SearchStatus;
  /** Server times of each step. */
  reportedAt: Date;
  reportedMonth: string;
  searchStartedAt?: Date | null;
  foundAt?: Date | null;
  foundPlace?: string | null;
  /** Minutes from report to found (time-to-find), set when found. */
  minutesToFind?: number | null;
  handedOverTo?: string | null;
  handedOverAt?: Date | null;
  closedAt?: Date | null;
  /** When the personal data was erased (retention after closing). */
  personalDataErasedAt?: Date | null;
  sightings: SightingDoc[];
  timeline: SearchTransitionDoc[];
  created: ActorStamp;
  updated: ActorStamp;
  version: number;
}

const sightingSchema = new Schema<SightingDoc>(
  { at: Date, eventId: Schema.Types.ObjectId, deviceId: Schema.Types.ObjectId, placeName: String, note: String, recorded: actorStampSchema },
  { _id: false },
);
const transitionSchema = new Schema<SearchTransitionDoc>({ from: String, to: String, reason: String, actor: actorStampSchema, at: Date }, { _id: false });

export const lostPersonCaseSchema = new Schema<LostPersonCaseDoc>(
  {
    caseNumber: { type: String, required: true },
    category: { type: String, required: true, enum: PERSON_CATEGORIES },
    personName: { type: String, default: null },
    personAge: { type: Number, default: null },
    description: { type: String, default: null },
    reporterName: { type: String, default: null },
    reporterPhone: { type: String, default: null },
    lastSeenPlace: { type: String, required: true },
    lastSeenAt: { type: Date, required: true },
    status: { type: String, required: true, enum: SEARCH_STATUSES },
    reportedAt: { type: Date, required: true },
    reportedMonth: { type: String, required: true },
    searchStartedAt: { type: Date, default: null },
    foundAt: { type: Date, default: null },
    foundPlace: { type: String, default: null },
    minutesToFind: { type: Number, default: null },
    handedOverTo: { type: String, default: null },
    handedOverAt: { type: Date, default: null },
    closedAt: { type: Date, default: null },
    personalDataErasedAt: { type: Date, default: null },
    sightings: { type: [sightingSchema], default: [] },
    timeline: { type: [transitionSchema], default: [] },
    created: { type: actorStampSchema, required: true },
    updated: { type: actorStampSchema, required: true },
    version: { type: Number, default: 1 },
  },
  { collection: 'lost_person_cases', versionKey: false },
);
lostPersonCaseSchema.index({ caseNumber: 1 }, { unique: true });
lostPersonCaseSchema.index({ reportedAt: -1 });
lostPersonCaseSchema.index({ status: 1, reportedAt: -1 });
lostPersonCaseSchema.index({ category: 1, reportedAt: -1 });
lostPersonCaseSchema.index({ reportedMonth: 1 });
lostPersonCaseSchema.index({ closedAt: 1, personalDataErasedAt: 1 });
lostPersonCaseSchema.index({ minutesToFind: 1 });
