import { Types } from 'mongoose';
import {
  actorStamp,
  ConflictError,
  isDuplicateKeyError,
  NotFoundError,
  parseId,
  parseInput,
  requireRole,
  updateVersioned,
  ValidationError,
  type ActorStamp,
} from '@pecg/common';
import type { ActivitiesContext } from '../context';
import { now, settings } from '../domain/clock';
import { slotsOf, weekKey, withinOpeningHours } from '../domain/time';
import { DEFAULT_OPENING_HOURS, type ActivitiesModels, type BookingDoc, type VenueDoc } from '../models';
import { bookVenueInput } from '../validation';
import { POLICY } from './policy';

/**
 * Room bookings that never overlap, without locks or transactions: a booking holds one BookingSlot
 * document per SLOT_MINUTES of its time, and the unique index on (venue, slot) lets only one booking
 * hold a slot. The slots are written in one ordered insertMany before the booking itself; when any of
 * them is taken the ones written are deleted again and the booking is refused (CONFLICT) — of two
 * concurrent bookings of one slot exactly one wins.
 */
export interface BookingRequest {
  venue: VenueDoc;
  startsAt: Date;
  endsAt: Date;
  purpose: string;
  activityId?: Types.ObjectId | null;
  field: string;
}

export async function holdVenue(models: ActivitiesModels, request: BookingRequest, stamp: ActorStamp, bookingId: Types.ObjectId): Promise<BookingDoc> {
  const { venue, startsAt, endsAt, field } = request;
  const hours = venue.openingHours ?? DEFAULT_OPENING_HOURS;
  if (!withinOpeningHours(hours, startsAt, endsAt)) {
    throw new ValidationError(
      `${field}: ${venue.name} is open ${hours.opens}–${hours.closes} on weekdays ${hours.weekdays.join(',')} (China Standard Time); ${startsAt.toISOString()}–${endsAt.toISOString()} is outside`,
      { field, value: startsAt.toISOString() },
    );
  }
  const slots = slotsOf(startsAt, endsAt).map((slot) => ({ venueId: venue._id, slot, bookingId }));
  try {
    await models.BookingSlot.insertMany(slots, { ordered: true });
  } catch (error) {
    await models.BookingSlot.deleteMany({ bookingId });
    if (!isDuplicateKeyError(error)) throw error;
    const taken = await models.BookingSlot.findOne({ venueId: venue._id, slot: { $in: slots.map((s) => s.slot) }, bookingId: { $ne: bookingId } }).lean();
    throw new ConflictError(`${field}: ${venue.name} is already booked at ${startsAt.toISOString()}–${endsAt.toISOString()}`, {
      field,
      value: startsAt.toISOString(),
      ...(taken ? { conflictingBookingId: taken.bookingId.toHexString() } : {}),
    });
  }
  const doc = await models.Booking.create({
    _id: bookingId,
    venueId: venue._id,
    startsAt,
    endsAt,
    purpose: request.purpose,
    activityId: request.activityId ?? null,
    status: 'BOOKED',
    week: weekKey(startsAt),
    version: 1,
    booked: stamp,
    updated: stamp,
  });
  return doc.toObject();
}

/** Stops a booking holding its room (RELEASED or CANCELLED) and frees its slots; false when it no longer held it. */
export async function releaseBooking(
  models: ActivitiesModels,
  bookingId: Types.ObjectId,
  status: 'RELEASED' | 'CANCELLED',
  reason: string,
  stamp: ActorStamp,
): Promise<boolean> {
  const result = await models.Booking.updateOne(
    { _id: bookingId, status: { $in: ['BOOKED', 'IN_USE'] } },
    { $set: { status, releasedAt: stamp.at, releaseReason: reason, updated: stamp }, $inc: { version: 1 } },
  );
  // the slots go even when the booking had already changed (a retried release finishes the job)
  await models.BookingSlot.deleteMany({ bookingId });
  return result.modifiedCount > 0;
}

/** Someone is in the room: the booking is in use (and no longer released for a no-show). Idempotent. */
export async function markBookingInUse(models: ActivitiesModels, bookingId: Types.ObjectId, at: Date): Promise<void> {
  await models.Booking.updateOne(
    { _id: bookingId, status: 'BOOKED', checkedInAt: null },
    { $set: { status: 'IN_USE', checkedInAt: at }, $inc: { version: 1 } },
  );
}

const JOB_ACTOR = (at: Date): ActorStamp => ({ subject: 'system:activities.bookings', role: 'ADMIN', name: '预约释放', at });

/**
 * The release rule, run by the scheduled job at the server clock: a booking nobody checked into
 * within ACTIVITIES_BOOKING_RELEASE_MINUTES of its start is released. Idempotent.
 */
export async function releaseUnusedBookings(models: ActivitiesModels, at: Date): Promise<number> {
  const cutoff = new Date(at.getTime() - settings.bookingReleaseMinutes * 60_000);
  const due = await models.Booking.find({ status: 'BOOKED', checkedInAt: null, startsAt: { $lte: cutoff } }, { _id: 1 }).lean();
  let released = 0;
  for (const b of due) if (await releaseBooking(models, b._id, 'RELEASED', 'NO_CHECK_IN', JOB_ACTOR(at))) released += 1;
  return released;
}

export async function loadVenue(ctx: ActivitiesContext, id: string, field: string): Promise<VenueDoc> {
  const venue = await ctx.loaders.venueById.load(parseId(id, field).toHexString());
  if (!venue) throw new NotFoundError('Venue', id, field);
  return venue;
}

/** bookVenue: a booking for a meeting that is not an activity (an activity books its room itself). */
export async function bookVenue(ctx: ActivitiesContext, input: unknown): Promise<BookingDoc> {
  requireRole(ctx.caller, POLICY.bookVenue, 'book rooms');
  const data = parseInput(bookVenueInput, input);
  const venue = await loadVenue(ctx, data.venueId, 'input.venueId');
  return holdVenue(
    ctx.models,
    { venue, startsAt: data.startsAt, endsAt: data.endsAt, purpose: data.purpose, field: 'input.startsAt' },
    actorStamp(ctx.caller, now()),
    new Types.ObjectId(),
  );
}

async function loadBooking(ctx: ActivitiesContext, id: string): Promise<BookingDoc> {
  const booking = await ctx.models.Booking.findById(parseId(id)).lean();
  if (!booking) throw new NotFoundError('Booking', id);
  return booking as BookingDoc;
}

/** Cancels a booking that is not an activity's (that one goes with the activity). */
export async function cancelBooking(ctx: ActivitiesContext, id: string, expectedVersion: number): Promise<BookingDoc> {
  requireRole(ctx.caller, POLICY.bookVenue, 'cancel room bookings');
  const current = await loadBooking(ctx, id);
  if (current.activityId) {
    throw new ValidationError(`id: booking ${id} belongs to activity ${current.activityId.toHexString()}; cancel the activity instead`, {
      field: 'id',
      value: id,
    });
  }
  const stamp = actorStamp(ctx.caller, now());
  const updated = await updateVersioned(
    ctx.models.Booking,
    'Booking',
    current._id,
    expectedVersion,
    { $set: { status: 'CANCELLED', releasedAt: stamp.at, releaseReason: 'CANCELLED', updated: stamp } },
    { status: { $in: ['BOOKED', 'IN_USE'] } },
  );
  await ctx.models.BookingSlot.deleteMany({ bookingId: current._id });
  return updated;
}

/** Checks into a booked room (the meeting is taking place): it is then not released. */
export async function checkInBooking(ctx: ActivitiesContext, id: string, expectedVersion: number): Promise<BookingDoc> {
  requireRole(ctx.caller, POLICY.bookVenue, 'check into rooms');
  const current = await loadBooking(ctx, id);
  const at = now();
  const opens = new Date(current.startsAt.getTime() - settings.checkInOpensMinutes * 60_000);
  if (at < opens || at >= current.endsAt) {
    throw new ValidationError(
      `id: booking ${id} can be checked into from ${opens.toISOString()} until ${current.endsAt.toISOString()} (now ${at.toISOString()})`,
      {
        field: 'id',
        value: id,
      },
    );
  }
  return updateVersioned(
    ctx.models.Booking,
    'Booking',
    current._id,
    expectedVersion,
    { $set: { status: 'IN_USE', checkedInAt: at, updated: actorStamp(ctx.caller, at) } },
    { status: 'BOOKED' },
  );
}

/** A room's opening hours (the default when none are recorded). */
export function openingHoursOf(venue: VenueDoc) {
  return venue.openingHours ?? DEFAULT_OPENING_HOURS;
}
