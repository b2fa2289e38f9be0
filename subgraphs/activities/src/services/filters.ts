import type { Types, FilterQuery } from 'mongoose';
import { parseId, ValidationError } from '@pecg/common';
import type { ActivityDoc, RegistrationDoc } from '../models';
import type { ActivityFilter, RegistrationFilter } from '../schema/types.generated';

export function date(value: unknown, field: string): Date {
  const d = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(d.getTime())) throw new ValidationError(`${field}: must be an ISO 8601 date-time (got ${JSON.stringify(value)})`, { field, value });
  return d;
}

/** Mongo filter of an ActivityFilter (every field has an index). */
export function activityQuery(filter: ActivityFilter | null | undefined): FilterQuery<ActivityDoc> {
  const q: FilterQuery<ActivityDoc> = {};
  if (!filter) return q;
  if (filter.kinds?.length) q.kind = { $in: filter.kinds };
  if (filter.statuses?.length) q.status = { $in: filter.statuses };
  if (filter.venueId) q.venueId = parseId(filter.venueId, 'filter.venueId');
  if (filter.organizerId) q.organizerId = parseId(filter.organizerId, 'filter.organizerId');
  if (filter.organiserKinds?.length) q.organiserKind = { $in: filter.organiserKinds };
  const range: Record<string, Date> = {};
  if (filter.startsFrom) range.$gte = date(filter.startsFrom, 'filter.startsFrom');
  if (filter.startsBefore) range.$lt = date(filter.startsBefore, 'filter.startsBefore');
  if (Object.keys(range).length) q.startsAt = range;
  return q;
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
  return q;
}
