import { Schema, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema, scopedBy } from '@pecg/common';

export interface FeedbackDoc {
  _id: Types.ObjectId;
  activityId: Types.ObjectId;
  enterpriseId: Types.ObjectId;
  rating: number;
  comment?: string | null;
  created: ActorStamp;
}

export const feedbackSchema = new Schema<FeedbackDoc>(
  {
    activityId: { type: Schema.Types.ObjectId, required: true },
    enterpriseId: { type: Schema.Types.ObjectId, required: true },
    rating: { type: Number, required: true },
    comment: { type: String, default: null },
    created: { type: actorStampSchema, required: true },
  },
  { collection: 'feedback', versionKey: false },
);
feedbackSchema.index({ activityId: 1, _id: -1 });
feedbackSchema.index({ activityId: 1, enterpriseId: 1 }, { unique: true });
/** Feedback is a record of the enterprise that left it: READ_POLICY narrows every read to what the caller may see. */
scopedBy(feedbackSchema, { kind: 'record', field: 'enterpriseId' });
