import type { Types } from 'mongoose';
import { filterInstant, ValidationError } from '@pecg/common';
import type { ActivitiesContext } from '../context';
import { weeklyOpenMinutes } from '../domain/time';
import { DEFAULT_OPENING_HOURS, type VenueDoc } from '../models';
import { now } from '../domain/clock';

export interface UtilisationRow {
  venue: VenueDoc;
  week: string;
  bookings: number;
  bookedMinutes: number;
  openMinutes: number;
  utilisationRate: number;
  /** Deprecated alias of utilisationRate. */
  rate: number;
}

const MAX_DAYS = 366;

/**
 * Room utilisation per ISO week: minutes held by bookings (BOOKED or IN_USE; released and cancelled
 * ones freed the room) over the minutes the room is open in a week, one $group over the bookings
 * (index week + venue + status), ordered by week and room name.
 */
export async function venueUtilisation(ctx: ActivitiesContext, from: unknown, before: unknown): Promise<UtilisationRow[]> {
  const end = before ? filterInstant(before, 'before') : now();
  const start = from ? filterInstant(from, 'from') : new Date(end.getTime() - 84 * 86_400_000);
  if (end <= start || end.getTime() - start.getTime() > MAX_DAYS * 86_400_000) {
    throw new ValidationError(`before: must be after from and at most ${MAX_DAYS} days later (got ${end.toISOString()})`, {
      field: 'before',
      value: end.toISOString(),
    });
  }
  const rows = await ctx.models.Booking.aggregate<{ _id: { week: string; venueId: Types.ObjectId }; bookings: number; minutes: number }>([
    { $match: { startsAt: { $gte: start, $lt: end }, status: { $in: ['BOOKED', 'IN_USE'] } } },
    {
      $group: {
        _id: { week: '$week', venueId: '$venueId' },
        bookings: { $sum: 1 },
        minutes: { $sum: { $divide: [{ $subtract: ['$endsAt', '$startsAt'] }, 60_000] } },
      },
    },
  ]);
  const venues = await ctx.models.Venue.find({}).lean();
  const result: UtilisationRow[] = [];
  for (const row of rows) {
    const venue = venues.find((v) => v._id.equals(row._id.venueId));
    if (!venue) continue;
    const openMinutes = weeklyOpenMinutes(venue.openingHours ?? DEFAULT_OPENING_HOURS);
    const bookedMinutes = Math.round(row.minutes);
    const utilisationRate = openMinutes ? bookedMinutes / openMinutes : 0;
    result.push({
      venue: venue as VenueDoc,
      week: row._id.week,
      bookings: row.bookings,
      bookedMinutes,
      openMinutes,
      utilisationRate,
      rate: utilisationRate,
    });
  }
  return result.sort((a, b) => a.week.localeCompare(b.week) || a.venue.name.localeCompare(b.venue.name));
}
