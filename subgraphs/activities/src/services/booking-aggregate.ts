import { aggregateGroups, type AggregateGroup, type AggregateSpec } from '@pecg/common';
import type { ActivitiesContext } from '../context';
import { BOOKING_STATUS_LABELS } from '../labels';
import { BOOKING_STATUSES, type BookingStatus } from '../models';
import type { BookingDimension, BookingFilter } from '../schema/types.generated';
import { venueNames, type AggregateArguments } from './aggregates';
import { bookingQuery } from './filters';

type BookingMeasures = 'heldCount' | 'bookedHours' | 'activityCount' | 'checkedInCount' | 'releasedCount' | 'cancelledCount' | 'releaseRate';

const held = { $in: ['$status', ['BOOKED', 'IN_USE']] };
const released = { $eq: ['$status', 'RELEASED'] };
const checkedIn = { $gt: ['$checkedInAt', null] };

/**
 * bookingAggregate: room use. A booking holds the room while BOOKED or IN_USE (released and cancelled
 * ones freed it, as in venueUtilisation); the release rate is the share of decided bookings (checked
 * into, or released for want of a check-in) that went unused.
 */
function bookingSpec(ctx: ActivitiesContext): AggregateSpec<BookingDimension, BookingMeasures> {
  return {
    entity: 'Booking',
    dimensions: {
      VENUE: { field: 'venueId', labels: venueNames(ctx) },
      STATUS: { field: 'status', order: BOOKING_STATUSES, label: (v) => BOOKING_STATUS_LABELS[v as BookingStatus] },
      TIME: { time: 'startsAt' },
    },
    measures: {
      heldCount: { countIf: held },
      bookedHours: { sum: { $cond: [held, { $divide: [{ $subtract: ['$endsAt', '$startsAt'] }, 3_600_000] }, 0] } },
      activityCount: { countIf: { $gt: ['$activityId', null] } },
      checkedInCount: { countIf: checkedIn },
      releasedCount: { countIf: released },
      cancelledCount: { countIf: { $eq: ['$status', 'CANCELLED'] } },
      releaseRate: { rate: [released, { $or: [released, checkedIn] }] },
    },
  };
}

export type BookingGroupRow = AggregateGroup<BookingDimension, BookingMeasures>;

/** The bookings of `filter` (the list's), grouped. */
export function bookingAggregate(ctx: ActivitiesContext, filter: BookingFilter | null | undefined, args: AggregateArguments<BookingDimension>) {
  return aggregateGroups(ctx.models.Booking, bookingQuery(filter), bookingSpec(ctx), args);
}
