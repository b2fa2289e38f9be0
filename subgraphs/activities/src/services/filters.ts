import type { Types, FilterQuery } from 'mongoose';
import { allOf, anyOf, anyOfIds, inMonths, monthKeys, parseId, timeRange } from '@pecg/common';
import type { ActivityDoc, BookingDoc, RegistrationDoc } from '../models';
import type { ActivityFilter, BookingFilter, RegistrationFilter } from '../schema/types.generated';

/** Mongo filter of an ActivityFilter (every field has an index); all given conditions hold (an empty list matches nothing). */
export function activityQuery(filter: ActivityFilter | null | undefined): FilterQuery<ActivityDoc> {
  if (!filter) return {};
  const q: FilterQuery<ActivityDoc> = {};
  if (filter.kinds) q.kind = anyOf(filter.kinds);
  if (filter.statuses) q.status = anyOf(filter.statuses);
  if (filter.venueId) q.venueId = parseId(filter.venueId, 'filter.venueId');
  if (filter.organizerId) q.organizerId = parseId(filter.organizerId, 'filter.organizerId');
  if (filter.organiserKinds) q.organiserKind = anyOf(filter.organiserKinds);
  const range = timeRange(filter.startsFrom, filter.startsBefore, 'filter.startsFrom', 'filter.startsBefore');
  if (range) q.startsAt = range;
  // startsMonth is monthKey(startsAt) (China Standard Time), stored on every activity
  const months = monthKeys(filter.months, 'filter.months');
  if (months) q.startsMonth = { $in: months };
  return q;
}

/** The activity conditions a registration carries itself (kind and start are copied onto it): kinds, start range and months. */
export function activityConditionsOnRegistration(filter: ActivityFilter | null | undefined): FilterQuery<RegistrationDoc> {
  const range = timeRange(filter?.startsFrom, filter?.startsBefore, 'filter.startsFrom', 'filter.startsBefore');
  return allOf<RegistrationDoc>(
    { activityKind: anyOf(filter?.kinds) },
    range ? { activityStartsAt: range } : null,
    inMonths('activityStartsAt', monthKeys(filter?.months, 'filter.months')),
  );
}

/**
 * Mongo filter of a RegistrationFilter (`activityId`: the parent activity of a nested list, which
 * replaces the filter's). The caller's read scope is not added here: the storage layer narrows every
 * query of the Registration model to what READ_POLICY lets the caller see.
 */
export function registrationQuery(filter: RegistrationFilter | null | undefined, activityId?: Types.ObjectId): FilterQuery<RegistrationDoc> {
  const q: FilterQuery<RegistrationDoc> = {};
  if (activityId) q.activityId = activityId;
  else if (filter?.activityId) q.activityId = parseId(filter.activityId, 'filter.activityId');
  if (filter?.enterpriseId) q.enterpriseId = parseId(filter.enterpriseId, 'filter.enterpriseId');
  if (filter?.statuses) q.status = anyOf(filter.statuses);
  if (filter?.attended !== null && filter?.attended !== undefined) q.attended = filter.attended;
  if (filter?.activityKinds) q.activityKind = anyOf(filter.activityKinds);
  const registered = timeRange(filter?.registeredFrom, filter?.registeredBefore, 'filter.registeredFrom', 'filter.registeredBefore');
  if (registered) q.registeredAt = registered;
  const starts = timeRange(filter?.activityStartsFrom, filter?.activityStartsBefore, 'filter.activityStartsFrom', 'filter.activityStartsBefore');
  if (starts) q.activityStartsAt = starts;
  return allOf<RegistrationDoc>(q, inMonths('registeredAt', monthKeys(filter?.months, 'filter.months')));
}

/** Mongo filter of a BookingFilter (indexes: venueId + startsAt, status + startsAt, activityId, startsAt). */
export function bookingQuery(filter: BookingFilter | null | undefined): FilterQuery<BookingDoc> {
  if (!filter) return {};
  const q: FilterQuery<BookingDoc> = {};
  if (filter.venueIds) q.venueId = anyOfIds(filter.venueIds, 'filter.venueIds');
  if (filter.statuses) q.status = anyOf(filter.statuses);
  if (filter.activityId) q.activityId = parseId(filter.activityId, 'filter.activityId');
  else if (filter.forActivity !== null && filter.forActivity !== undefined) q.activityId = filter.forActivity ? { $ne: null } : null;
  const range = timeRange(filter.startsFrom, filter.startsBefore, 'filter.startsFrom', 'filter.startsBefore');
  if (range) q.startsAt = range;
  return allOf<BookingDoc>(q, inMonths('startsAt', monthKeys(filter.months, 'filter.months')));
}
