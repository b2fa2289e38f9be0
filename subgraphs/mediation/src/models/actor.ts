import { Schema } from 'mongoose';
import type { ActorStamp } from '@pecg/common';

/** Embedded "who and when" of a write. */
export const actorSchema = new Schema<ActorStamp>(
  { subject: { type: String, required: true }, role: { type: String, required: true }, name: String, at: { type: Date, required: true } },
  { _id: false },
);
