import type { FilterQuery } from 'mongoose';
import { allOf, dayKey, parseId, ValidationError } from '@pecg/common';
import type { DeviceDoc, IncidentDoc, LostPersonCaseDoc, PatrolShiftDoc, SensingEventDoc } from '../models';
import type { DeviceFilter, IncidentFilter, LostPersonCaseFilter, PatrolShiftFilter, SensingEventFilter } from '../schema/types.generated';

/** Every list's filter as a mongo query (all conditions must hold); each path has an index. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function months(values: readonly string[] | null | undefined): readonly string[] | null {
  for (const [i, month] of (values ?? []).entries())
    if (!MONTH.test(month))
      throw new ValidationError(`filter.months[${i}]: must be a month YYYY-MM (got "${month}")`, { field: `filter.months[${i}]`, value: month });
  return values?.length ? values : null;
}

function instant(value: unknown, field: string): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime()))
    throw new ValidationError(`filter.${field}: must be an ISO 8601 date-time (got ${JSON.stringify(value)})`, { field: `filter.${field}`, value });
  return date;
}

/** A `…From` (inclusive) / `…Before` (exclusive) range; a `…Before` earlier than its `…From` is BAD_USER_INPUT. */
function bounds(from: unknown, before: unknown, names: [string, string]): { start: Date | null; end: Date | null } {
  const start = instant(from, names[0]);
  const end = instant(before, names[1]);
  if (start && end && end < start)
    throw new ValidationError(`filter.${names[1]}: must not be earlier than filter.${names[0]} (${start.toISOString()}; got ${end.toISOString()})`, {
      field: `filter.${names[1]}`,
      value: before,
    });
  return { start, end };
}

function range(path: string, from: unknown, before: unknown, names: [string, string]): Record<string, unknown> | null {
  const { start, end } = bounds(from, before, names);
  if (!start && !end) return null;
  return { [path]: { ...(start ? { $gte: start } : {}), ...(end ? { $lt: end } : {}) } };
}

const CHINA_OFFSET_MS = 8 * 3600_000;
/** The instants a CST month key spans: [first day 00:00 CST, first day of the next month 00:00 CST). */
function monthSpan(month: string): { $gte: Date; $lt: Date } {
  const [year, m] = month.split('-').map(Number);
  return { $gte: new Date(Date.UTC(year, m - 1, 1) - CHINA_OFFSET_MS), $lt: new Date(Date.UTC(year, m, 1) - CHINA_OFFSET_MS) };
}

/** Longest `…From`–`…Before` range whose CST days are also given as an indexed `$in` (the engine scans ranges). */
const MAX_INDEXED_DAYS = 400;
/**
 * The CST days a closed range touches, as `{ [dayPath]: { $in } }` — implied by the range (so the
 * result is the same) but served by the day index, which a range alone is not in the embedded engine.
 */
function daysOf(dayPath: string, from: unknown, before: unknown, names: [string, string]): Record<string, unknown> | null {
  const { start, end } = bounds(from, before, names);
  if (!start || !end) return null;
  const first = Date.parse(`${dayKey(start)}T00:00:00Z`);
  const last = Date.parse(`${dayKey(new Date(end.getTime() - 1))}T00:00:00Z`);
  if (last < first || (last - first) / 86_400_000 >= MAX_INDEXED_DAYS) return null;
  const keys: string[] = [];
  for (let day = first; day <= last; day += 86_400_000) keys.push(new Date(day).toISOString().slice(0, 10));
  return { [dayPath]: { $in: keys } };
}

const ids = (values: readonly string[] | null | undefined, field: string) =>
  values?.length ? values.map((v, i) => parseId(v, `filter.${field}[${i}]`)) : null;
const inList = (path: string, values: readonly unknown[] | null | undefined) => (values?.length ? { [path]: { $in: values } } : null);

export function deviceQuery(filter: DeviceFilter | null | undefined): FilterQuery<DeviceDoc> {
  if (!filter) return {};
  const search = filter.search?.trim();
  const installed = months(filter.months);
  return allOf<DeviceDoc>(
    inList('kind', filter.kinds),
    inList('status', filter.statuses),
    inList('placeKind', filter.placeKinds),
    inList('gridId', ids(filter.gridIds, 'gridIds')),
    search ? { $or: [{ code: { $regex: escape(search), $options: 'i' } }, { name: { $regex: escape(search), $options: 'i' } }] } : null,
    range('installedOn', filter.installedFrom, filter.installedBefore, ['installedFrom', 'installedBefore']),
    // installedOn is a day (00:00 CST): a month is the span of its days
    ...(installed ? [{ $or: installed.map((month) => ({ installedOn: monthSpan(month) })) }] : []),
  );
}

export function sensingEventQuery(filter: SensingEventFilter | null | undefined): FilterQuery<SensingEventDoc> {
  if (!filter) return {};
  return allOf<SensingEventDoc>(
    inList('kind', filter.kinds),
    inList('triage', filter.triages),
    inList('deviceId', ids(filter.deviceIds, 'deviceIds')),
    inList('deviceKind', filter.deviceKinds),
    inList('gridId', ids(filter.gridIds, 'gridIds')),
    range('occurredAt', filter.occurredFrom, filter.occurredBefore, ['occurredFrom', 'occurredBefore']),
    daysOf('occurredDay', filter.occurredFrom, filter.occurredBefore, ['occurredFrom', 'occurredBefore']),
    inList('occurredMonth', months(filter.months)),
  );
}

export function incidentQuery(filter: IncidentFilter | null | undefined): FilterQuery<IncidentDoc> {
  if (!filter) return {};
  return allOf<IncidentDoc>(
    inList('status', filter.statuses),
    inList('severity', filter.severities),
    inList('source', filter.sources),
    inList('kind', filter.kinds),
    filter.enterpriseId ? { enterpriseId: parseId(filter.enterpriseId, 'filter.enterpriseId') } : null,
    inList('gridId', ids(filter.gridIds, 'gridIds')),
    range('occurredAt', filter.occurredFrom, filter.occurredBefore, ['occurredFrom', 'occurredBefore']),
    inList('occurredMonth', months(filter.months)),
  );
}

export function lostPersonCaseQuery(filter: LostPersonCaseFilter | null | undefined): FilterQuery<LostPersonCaseDoc> {
  if (!filter) return {};
  return allOf<LostPersonCaseDoc>(
    inList('status', filter.statuses),
    inList('category', filter.categories),
    range('reportedAt', filter.reportedFrom, filter.reportedBefore, ['reportedFrom', 'reportedBefore']),
    inList('reportedMonth', months(filter.months)),
  );
}

export function patrolShiftQuery(filter: PatrolShiftFilter | null | undefined): FilterQuery<PatrolShiftDoc> {
  if (!filter) return {};
  return allOf<PatrolShiftDoc>(
    inList('kind', filter.kinds),
    inList('status', filter.statuses),
    inList('gridId', ids(filter.gridIds, 'gridIds')),
    filter.volunteerId ? { volunteerIds: parseId(filter.volunteerId, 'filter.volunteerId') } : null,
    range('startsAt', filter.startsFrom, filter.startsBefore, ['startsFrom', 'startsBefore']),
    inList('month', months(filter.months)),
  );
}
