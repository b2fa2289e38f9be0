import type { FilterQuery } from 'mongoose';
import { allOf, parseId, ValidationError } from '@pecg/common';
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

function range(path: string, from: unknown, before: unknown, names: [string, string]): Record<string, unknown> | null {
  const start = instant(from, names[0]);
  const end = instant(before, names[1]);
  if (!start && !end) return null;
  return { [path]: { ...(start ? { $gte: start } : {}), ...(end ? { $lt: end } : {}) } };
}

const ids = (values: readonly string[] | null | undefined, field: string) =>
  values?.length ? values.map((v, i) => parseId(v, `filter.${field}[${i}]`)) : null;
const inList = (path: string, values: readonly unknown[] | null | undefined) => (values?.length ? { [path]: { $in: values } } : null);

export function deviceQuery(filter: DeviceFilter | null | undefined): FilterQuery<DeviceDoc> {
  if (!filter) return {};
  const search = filter.search?.trim();
  return allOf<DeviceDoc>(
    inList('kind', filter.kinds),
    inList('status', filter.statuses),
    inList('placeKind', filter.placeKinds),
    inList('gridId', ids(filter.gridIds, 'gridIds')),
    search ? { $or: [{ code: { $regex: escape(search), $options: 'i' } }, { name: { $regex: escape(search), $options: 'i' } }] } : null,
  );
}

export function sensingEventQuery(filter: SensingEventFilter | null | undefined): FilterQuery<SensingEventDoc> {
  if (!filter) return {};
  return allOf<SensingEventDoc>(
    inList('kind', filter.kinds),
    inList('triage', filter.triages),
    inList('deviceId', ids(filter.deviceIds, 'deviceIds')),
    range('occurredAt', filter.occurredFrom, filter.occurredBefore, ['occurredFrom', 'occurredBefore']),
  );
}

export function incidentQuery(filter: IncidentFilter | null | undefined): FilterQuery<IncidentDoc> {
  if (!filter) return {};
  return allOf<IncidentDoc>(
    inList('status', filter.statuses),
    inList('severity', filter.severities),
    inList('source', filter.sources),
    filter.enterpriseId ? { enterpriseId: parseId(filter.enterpriseId, 'filter.enterpriseId') } : null,
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
