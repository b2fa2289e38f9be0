import { Schema, type Types } from 'mongoose';

/** Opening hours of a room, China Standard Time: weekdays 1 (Monday) … 7 (Sunday), "HH:MM" to "HH:MM". */
export interface OpeningHoursDoc {
  weekdays: number[];
  opens: string;
  closes: string;
}

export interface VenueDoc {
  _id: Types.ObjectId;
  name: string;
  purpose?: string | null;
  seats: number;
  /** Where the room is, e.g. 万象警务工作站二楼. */
  location?: string | null;
  equipment?: string[];
  openingHours?: OpeningHoursDoc | null;
}

/** When a room has no hours recorded: every day, 08:00–22:00. */
export const DEFAULT_OPENING_HOURS: OpeningHoursDoc = { weekdays: [1, 2, 3, 4, 5, 6, 7], opens: '08:00', closes: '22:00' };

export const venueSchema = new Schema<VenueDoc>(
  {
    name: { type: String, required: true },
    purpose: { type: String, default: null },
    seats: { type: Number, required: true, default: 30 },
    location: { type: String, default: null },
    equipment: { type: [String], default: [] },
    openingHours: {
      type: new Schema<OpeningHoursDoc>(
        { weekdays: { type: [Number], required: true }, opens: { type: String, required: true }, closes: { type: String, required: true } },
        { _id: false },
      ),
      default: null,
    },
  },
  { collection: 'venues', versionKey: false },
);
venueSchema.index({ name: 1 }, { unique: true });
