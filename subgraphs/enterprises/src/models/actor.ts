import { Schema } from 'mongoose';
import type { ActorStamp } from '@pecg/common';

/** Who did something and when (embedded in every document that records writes). */
export const actorStampSchema = new Schema<ActorStamp>(
  {
    subject: { type: String, required: true },
    role: { type: String, required: true },
    name: { type: String },
    at: { type: Date, required: true },
  },
  { _id: false },
);
