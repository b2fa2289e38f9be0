import { Schema, type Types } from 'mongoose';

export interface VenueDoc {
  _id: Types.ObjectId;
  name: string;
  purpose?: string | null;
  seats: number;
}

export const venueSchema = new Schema<VenueDoc>(
  { name: { type: String, required: true }, purpose: { type: String, default: null }, seats: { type: Number, required: true, default: 30 } },
  { collection: 'venues', versionKey: false },
);
venueSchema.index({ name: 1 }, { unique: true });
