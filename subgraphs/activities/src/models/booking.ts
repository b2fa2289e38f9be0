import { Schema, type Types } from 'mongoose';
import { type ActorStamp, actorStampSchema } from '@pecg/common';

export const BOOKING_STATUSES = ['BOOKED', 'IN_USE', 'RELEASED', 'CANCELLED'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** Length of one booking slot: a booking holds every slot its time touches (rounded outward). */
export const SLOT_MINUTES = 15;

/** A room booking (场地预约). Its time is held by one BookingSlot per SLOT_MINUTES, unique per venue. */
export interface BookingDoc {
  _id: Types.ObjectId;
  venueId: Types.ObjectId;
  startsAt: Date;
  endsAt: Date;
  purpose: string;
  /** The activity it is for, if any. */
  activityId?: Types.ObjectId | null;
  status: BookingStatus;
  /** When someone checked into the room (the activity started or its first attendee checked in). */
  checkedInAt?: Date | null;
  /** When and why it stopped holding the room. */
  releasedAt?: Date | null;
  releaseReason?: string | null;
  /** ISO week of the start (e.g. 2023-W32), China Standard Time: utilisation per week. */
  week: string;
  version: number;
  booked: ActorStamp;
  updated: ActorStamp;
}

export const bookingSchema = new Schema<BookingDoc>(
  {
    venueId: { type: Schema.Types.ObjectId, required: true },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    purpose: { type: String, required: true },
    activityId: { type: Schema.Types.ObjectId, default: null },
    status: { type: String, required: true },
    checkedInAt: { type: Date, default: null },
    releasedAt: { type: Date, default: null },
    releaseReason: { type: String, default: null },
    week: { type: String, required: true },
    version: { type: Number, required: true, default: 1 },
    booked: { type: actorStampSchema, required: true },
    updated: { type: actorStampSchema, required: true },
  },
  { collection: 'bookings', versionKey: false },
);
bookingSchema.index({ venueId: 1, startsAt: 1, _id: 1 });
bookingSchema.index({ startsAt: 1, _id: 1 });
bookingSchema.index({ status: 1, checkedInAt: 1, startsAt: 1 });
bookingSchema.index({ activityId: 1 });
/** filter.statuses of Query.bookings and bookingAggregate. */
bookingSchema.index({ status: 1, startsAt: 1, _id: 1 });
bookingSchema.index({ week: 1, venueId: 1, status: 1 });

/** One SLOT_MINUTES slot of a venue held by a booking: the unique index is what makes bookings never overlap. */
export interface BookingSlotDoc {
  _id: Types.ObjectId;
  venueId: Types.ObjectId;
  slot: Date;
  bookingId: Types.ObjectId;
}

export const bookingSlotSchema = new Schema<BookingSlotDoc>(
  {
    venueId: { type: Schema.Types.ObjectId, required: true },
    slot: { type: Date, required: true },
    bookingId: { type: Schema.Types.ObjectId, required: true },
  },
  { collection: 'booking_slots', versionKey: false },
);
bookingSlotSchema.index({ venueId: 1, slot: 1 }, { unique: true });
bookingSlotSchema.index({ bookingId: 1 });
