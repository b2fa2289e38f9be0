import type { Types } from 'mongoose';
import { aggregateGroups, type AggregateGroup, type AggregateSpec, type TimeBucket } from '@pecg/common';
import type { ActivitiesContext } from '../context';
import { ACTIVITY_KIND_LABELS, ACTIVITY_STATUS_LABELS, ORGANISER_KIND_LABELS, REGISTRATION_STATUS_LABELS } from '../labels';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, ORGANISER_KINDS, REGISTRATION_STATUSES } from '../models';
import type { ActivityDimension, ActivityFilter, RegistrationDimension, RegistrationFilter } from '../schema/types.generated';
import { activityQuery, registrationQuery } from './filters';

/**
 * The analysts' aggregates of this subgraph (`activityAggregate`, `registrationAggregate`): the list's
 * filter turned into the same mongo filter as the list (so the read policy scopes it exactly as the
 * list), then ONE aggregation through `aggregateGroups`. Activity measures are sums of the counters each
 * activity keeps (seats, attended, no-shows, rating sum and count), which equal the counts of its
 * registrations and feedback; their rates are computed from the group's sums, so a totals rate is the
 * rate over all matched activities.
 */
export interface AggregateArguments<D> {
  groupBy?: readonly D[] | null;
  timeBucket?: TimeBucket | null;
}

const labelOf =
  <K extends string>(labels: Record<K, string>) =>
  (value: string) =>
    labels[value as K];

/** Labels of a VENUE dimension: the rooms' names (one query for the values present). */
export const venueNames = (ctx: ActivitiesContext) => async (ids: string[]) => {
  const venues = await ctx.models.Venue.find({ _id: { $in: ids } }, { name: 1 }).lean();
  return new Map(venues.map((v) => [v._id.toHexString(), v.name]));
};

const completed = { $eq: ['$status', 'COMPLETED'] };
const notCancelled = { $ne: ['$status', 'CANCELLED'] };
const ifThen = (condition: unknown, value: unknown) => ({ $cond: [condition, value, 0] });

type ActivitySums =
  | 'completedCount'
  | 'cancelledCount'
  | 'seatCount'
  | 'registeredCount'
  | 'waitlistCount'
  | 'attendedCount'
  | 'noShowCount'
  | 'completedSeats'
  | 'completedAttended'
  | 'completedNoShows'
  | 'heldSeats'
  | 'activityHours'
  | 'feedbackCount'
  | 'ratingSum';

function activitySpec(ctx: ActivitiesContext): AggregateSpec<ActivityDimension, ActivitySums> {
  return {
    entity: 'Activity',
    dimensions: {
      KIND: { field: 'kind', order: ACTIVITY_KINDS, label: labelOf(ACTIVITY_KIND_LABELS) },
      STATUS: { field: 'status', order: ACTIVITY_STATUSES, label: labelOf(ACTIVITY_STATUS_LABELS) },
      ORGANISER_KIND: { field: 'organiserKind', order: ORGANISER_KINDS, label: labelOf(ORGANISER_KIND_LABELS) },
      VENUE: { field: 'venueId', missingLabel: '场外地点', labels: venueNames(ctx) },
      TIME: { time: 'startsAt' },
    },
    measures: {
      completedCount: { countIf: completed },
      cancelledCount: { countIf: { $eq: ['$status', 'CANCELLED'] } },
      seatCount: { sum: ifThen(notCancelled, '$capacity') },
      registeredCount: { sum: '$seatsTaken' },
      waitlistCount: { sum: '$waitlistCount' },
      attendedCount: { sum: '$attendedCount' },
      noShowCount: { sum: '$noShowCount' },
      completedSeats: { sum: ifThen(completed, '$seatsTaken') },
      completedAttended: { sum: ifThen(completed, '$attendedCount') },
      completedNoShows: { sum: ifThen(completed, '$noShowCount') },
      heldSeats: { sum: ifThen(notCancelled, '$seatsTaken') },
      activityHours: { sum: ifThen(notCancelled, { $divide: [{ $subtract: ['$endsAt', '$startsAt'] }, 3_600_000] }) },
      feedbackCount: { sum: '$ratingCount' },
      ratingSum: { sum: '$ratingSum' },
    },
  };
}

const ratio = (part: number | null, whole: number | null): number | null => (whole ? (part ?? 0) / whole : null);

export interface ActivityGroupRow extends AggregateGroup<ActivityDimension, ActivitySums> {
  attendanceRate: number | null;
  noShowRate: number | null;
  capacityUseRate: number | null;
  averageRating: number | null;
}

function activityGroup(group: AggregateGroup<ActivityDimension, ActivitySums>): ActivityGroupRow {
  return {
    ...group,
    attendanceRate: ratio(group.completedAttended, group.completedSeats),
    noShowRate: ratio(group.completedNoShows, group.completedSeats),
    capacityUseRate: ratio(group.heldSeats, group.seatCount),
    averageRating: ratio(group.ratingSum, group.feedbackCount),
  };
}

/** activityAggregate: the activities of `filter` (the list's), grouped. */
export async function activityAggregate(ctx: ActivitiesContext, filter: ActivityFilter | null | undefined, args: AggregateArguments<ActivityDimension>) {
  const { groups, totals } = await aggregateGroups(ctx.models.Activity, activityQuery(filter), activitySpec(ctx), args);
  return { groups: groups.map(activityGroup), totals: activityGroup(totals) };
}

type RegistrationMeasures = 'seatCount' | 'waitlistedCount' | 'cancelledCount' | 'attendedCount' | 'noShowCount' | 'attendanceRate' | 'noShowRate';

const status = (...values: string[]) => ({ $in: ['$status', values] });
const closedSeat = status('ATTENDED', 'NO_SHOW');

function registrationSpec(ctx: ActivitiesContext): AggregateSpec<RegistrationDimension, RegistrationMeasures> {
  return {
    entity: 'Registration',
    dimensions: {
      ENTERPRISE: { field: 'enterpriseId' },
      ACTIVITY: {
        field: 'activityId',
        labels: async (ids) => {
          const activities = await ctx.models.Activity.find({ _id: { $in: ids } }, { title: 1 }).lean();
          return new Map(activities.map((a) => [(a._id as Types.ObjectId).toHexString(), a.title]));
        },
      },
      ACTIVITY_KIND: { field: 'activityKind', order: ACTIVITY_KINDS, label: labelOf(ACTIVITY_KIND_LABELS) },
      STATUS: { field: 'status', order: REGISTRATION_STATUSES, label: labelOf(REGISTRATION_STATUS_LABELS) },
      ATTENDED: { field: 'attended', order: ['true', 'false'], label: (v) => (v === 'true' ? '已签到' : '未签到') },
      TIME: { time: 'registeredAt' },
      ACTIVITY_TIME: { time: 'activityStartsAt' },
    },
    measures: {
      seatCount: { countIf: status('CONFIRMED', 'OFFERED', 'ATTENDED', 'NO_SHOW') },
      waitlistedCount: { countIf: status('WAITLISTED') },
      cancelledCount: { countIf: status('CANCELLED') },
      attendedCount: { countIf: status('ATTENDED') },
      noShowCount: { countIf: status('NO_SHOW') },
      attendanceRate: { rate: [status('ATTENDED'), closedSeat] },
      noShowRate: { rate: [status('NO_SHOW'), closedSeat] },
    },
  };
}

/** registrationAggregate: the registrations of `filter` (the list's; read-scoped: ENTERPRISE callers' own), grouped. */
export function registrationAggregate(ctx: ActivitiesContext, filter: RegistrationFilter | null | undefined, args: AggregateArguments<RegistrationDimension>) {
  return aggregateGroups(ctx.models.Registration, registrationQuery(filter), registrationSpec(ctx), args);
}

export type RegistrationGroupRow = AggregateGroup<RegistrationDimension, RegistrationMeasures>;
