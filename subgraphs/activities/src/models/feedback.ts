import { Schema, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';
import type { ActivityKind, OrganiserKind } from './activity';

/** Feedback of one attendee (one registration that checked in) on a closed activity: at most one each. */
export interface FeedbackDoc {
  _id: Types.ObjectId;
  activityId: Types.ObjectId;
  registrationId: Types.ObjectId;
  enterpriseId: Types.ObjectId;
  /** Copied from the activity, for statistics per kind and organiser. */
  activityKind: ActivityKind;
  organiserKind: OrganiserKind;
  rating: number;
  comment?: string | null;
  created: ActorStamp;
}

export const feedbackSchema = new Schema<FeedbackDoc>(
  {
    activityId: { type: Schema.Types.ObjectId, required: true },
    registrationId: { type: Schema.Types.ObjectId, required: true },
    enterpriseId: { type: Schema.Types.ObjectId, required: true },
    activityKind: { type: String, required: true },
    organiserKind: { type: String, required: true },
    rating: { type: Number, required: true },
    comment: { type: String, default: null },
    created: { type: actorStampSchema, required: true },
  },
  { collection: 'feedback', versionKey: false },
);
feedbackSchema.index({ activityId: 1, _id: -1 });
feedbackSchema.index({ registrationId: 1 }, { unique: true });
feedbackSchema.index({ activityKind: 1, organiserKind: 1 });
/** Feedback is a record of the enterprise that left it: READ_POLICY narrows every read to what the caller may see. */
scopedBy(feedbackSchema, { kind: 'record', field: 'enterpriseId' });
