import type { Types, FilterQuery } from 'mongoose';
import { allOf, parseId, ValidationError } from '@pecg/common';
import type { ActivityDoc, BookingDoc, RegistrationDoc } from '../models';
import type { ActivityFilter, BookingFilter, RegistrationFilter } from '../schema/types.generated';

export function date(value: unknown, field: string): Date {
  const d = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(d.getTime())) throw new ValidationError(`${field}: must be an ISO 8601 date-time (got ${JSON.stringify(value)})`, { field, value });
  return d;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** At most ten years of month keys in one filter. */
const MAX_MONTHS = 120;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The month keys of a filter (`YYYY-MM`, China Standard Time), checked: a malformed one is BAD_USER_INPUT naming the field and value. */
export function monthKeys(months: ReadonlyArray<string> | null | undefined, field: string): string[] | null {
  if (!months?.length) return null;
  if (months.length > MAX_MONTHS) throw new ValidationError(`${field}: at most ${MAX_MONTHS} months (got ${months.length})`, { field, value: months.length });
  for (const month of months) {
    if (!MONTH.test(month)) throw new ValidationError(`${field}: "${month}" is not a month YYYY-MM`, { field, value: month });
  }
  return [...new Set(months)];
}

/** [start, end) of a month key in China Standard Time. */
export function monthRange(key: string): { $gte: Date; $lt: Date } {
  const [, y, m] = MONTH.exec(key)!;
  return {
    $gte: new Date(Date.UTC(Number(y), Number(m) - 1, 1) - CHINA_OFFSET_MS),
    $lt: new Date(Date.UTC(Number(y), Number(m), 1) - CHINA_OFFSET_MS),
  };
}

/**
 * A `…From` (inclusive) / `…Before` (exclusive) range on one timestamp, as a mongo condition; a from
 * after its before is BAD_USER_INPUT naming the from field (an empty range is no question to ask).
 */
export function timeRange(from: unknown, before: unknown, fromField: string, beforeField: string): { $gte?: Date; $lt?: Date } | null {
  const range: { $gte?: Date; $lt?: Date } = {};
  if (from) range.$gte = date(from, fromField);
  if (before) range.$lt = date(before, beforeField);
  if (range.$gte && range.$lt && range.$gte > range.$lt) {
    throw new ValidationError(`${fromField}: must not be after ${beforeField} (got ${range.$gte.toISOString()} > ${range.$lt.toISOString()})`, {
      field: fromField,
      value: range.$gte.toISOString(),
    });
  }
  return Object.keys(range).length ? range : null;
}

/** `path` in one of the months (each a [start, end) range, so the timestamp's index serves it). */
function inMonths(path: string, months: string[] | null): FilterQuery<unknown> | null {
  if (!months) return null;
  return months.length === 1 ? { [path]: monthRange(months[0]) } : { $or: months.map((m) => ({ [path]: monthRange(m) })) };
}

/** Mongo filter of an ActivityFilter (every field has an index); all given conditions hold. */
export function activityQuery(filter: ActivityFilter | null | undefined): FilterQuery<ActivityDoc> {
  if (!filter) return {};
  const q: FilterQuery<ActivityDoc> = {};
  if (filter.kinds?.length) q.kind = { $in: filter.kinds };
  if (filter.statuses?.length) q.status = { $in: filter.statuses };
  if (filter.venueId) q.venueId = parseId(filter.venueId, 'filter.venueId');
  if (filter.organizerId) q.organizerId = parseId(filter.organizerId, 'filter.organizerId');
  if (filter.organiserKinds?.length) q.organiserKind = { $in: filter.organiserKinds };
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
    filter?.kinds?.length ? { activityKind: { $in: filter.kinds } } : null,
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
  if (filter?.statuses?.length) q.status = { $in: filter.statuses };
  if (filter?.attended !== null && filter?.attended !== undefined) q.attended = filter.attended;
  if (filter?.activityKinds?.length) q.activityKind = { $in: filter.activityKinds };
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
  if (filter.venueIds?.length) q.venueId = { $in: filter.venueIds.map((id) => parseId(id, 'filter.venueIds')) };
  if (filter.statuses?.length) q.status = { $in: filter.statuses };
  if (filter.activityId) q.activityId = parseId(filter.activityId, 'filter.activityId');
  else if (filter.forActivity !== null && filter.forActivity !== undefined) q.activityId = filter.forActivity ? { $ne: null } : null;
  const range = timeRange(filter.startsFrom, filter.startsBefore, 'filter.startsFrom', 'filter.startsBefore');
  if (range) q.startsAt = range;
  return allOf<BookingDoc>(q, inMonths('startsAt', monthKeys(filter.months, 'filter.months')));
}
