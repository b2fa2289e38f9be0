import type { Types } from 'mongoose';
import { filterInstant, MAX_PAGE_SIZE, pageSize, paginate, ValidationError, type Connection, type PageArgs, type SortArg } from '@pecg/common';
import type { ActivitiesContext } from '../context';
import type { ActivityDoc, BookingDoc, RegistrationDoc, VenueDoc } from '../models';
import type { ActivityFilter, ActivitySortField, BookingFilter, BookingSortField, RegistrationFilter, RegistrationSortField } from '../schema/types.generated';
import { now } from '../domain/clock';
import { activityQuery, bookingQuery, registrationQuery } from './filters';

/**
 * The lists of this subgraph, each one cursor page through `paginate`: filter → mongo query, sort field
 * → indexed path. Registrations are read-scoped by the storage layer (READ_POLICY), so an ENTERPRISE
 * caller's pages and totals hold only its own enterprise's.
 */
type ListArgs<F, S extends string> = PageArgs & { filter?: F | null; sort?: SortArg<S> | null };

export const ACTIVITY_SORT_FIELDS: Record<ActivitySortField, string> = { STARTS_AT: 'startsAt', TITLE: 'title', CAPACITY: 'capacity' };
export const REGISTRATION_SORT_FIELDS: Record<RegistrationSortField, string> = { REGISTERED_AT: 'registeredAt' };

export function listActivities(ctx: ActivitiesContext, args: ListArgs<ActivityFilter, ActivitySortField>): Promise<Connection<ActivityDoc>> {
  return paginate(ctx.models.Activity, activityQuery(args.filter), args, {
    sortFields: ACTIVITY_SORT_FIELDS,
    defaultSort: { field: 'STARTS_AT', direction: 'DESC' },
  });
}

/** Registrations matching the filter; `activityId`: those of one activity (Activity.registrations). */
export function listRegistrations(
  ctx: ActivitiesContext,
  args: ListArgs<RegistrationFilter, RegistrationSortField>,
  activityId?: Types.ObjectId,
): Promise<Connection<RegistrationDoc>> {
  return paginate(ctx.models.Registration, registrationQuery(args.filter, activityId), args, {
    sortFields: REGISTRATION_SORT_FIELDS,
    defaultSort: { field: 'REGISTERED_AT', direction: 'ASC' },
  });
}

/** Room bookings of every room matching the filter (Query.bookings), by start. */
export function listBookings(ctx: ActivitiesContext, args: ListArgs<BookingFilter, BookingSortField>): Promise<Connection<BookingDoc>> {
  return paginate(ctx.models.Booking, bookingQuery(args.filter), args, {
    sortFields: { STARTS_AT: 'startsAt' },
    defaultSort: { field: 'STARTS_AT', direction: 'ASC' },
  });
}

/** The functional rooms by name: one page of at most MAX_PAGE_SIZE (the party-building home has four). */
export async function listVenues(ctx: ActivitiesContext): Promise<VenueDoc[]> {
  const page = await paginate(
    ctx.models.Venue,
    {},
    { first: MAX_PAGE_SIZE },
    { sortFields: { NAME: 'name' }, defaultSort: { field: 'NAME', direction: 'ASC' } },
  );
  return page.edges.map((edge) => edge.node);
}

/** Longest period Venue.bookings lists (a quarter): the list is one bounded, indexed range query. */
const MAX_BOOKING_DAYS = 92;

/** A room's bookings starting in [from, before), by start (index venueId + startsAt). */
export async function venueBookings(
  ctx: ActivitiesContext,
  venueId: Types.ObjectId,
  from: unknown,
  before: unknown,
  first?: number | null,
): Promise<BookingDoc[]> {
  const start = from ? filterInstant(from, 'from') : new Date(now().getTime() - 7 * 86_400_000);
  const end = before ? filterInstant(before, 'before') : new Date(start.getTime() + 35 * 86_400_000);
  if (end <= start || end.getTime() - start.getTime() > MAX_BOOKING_DAYS * 86_400_000) {
    throw new ValidationError(`before: must be after from and at most ${MAX_BOOKING_DAYS} days later (got ${end.toISOString()})`, {
      field: 'before',
      value: end.toISOString(),
    });
  }
  return (await ctx.models.Booking.find({ venueId, startsAt: { $gte: start, $lt: end } })
    .sort({ startsAt: 1, _id: 1 })
    .limit(pageSize(first))
    .lean()
    .exec()) as BookingDoc[];
}
