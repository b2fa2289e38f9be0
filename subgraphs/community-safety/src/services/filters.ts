import type { FilterQuery } from 'mongoose';
import { allOf, anyOf, anyOfIds, dayKey, eventRange, inMonths, monthKeys, parseId } from '@pecg/common';
import type { DeviceDoc, IncidentDoc, LostPersonCaseDoc, PatrolShiftDoc, SensingEventDoc } from '../models';
import type { DeviceFilter, IncidentFilter, LostPersonCaseFilter, PatrolShiftFilter, SensingEventFilter } from '../schema/types.generated';

/** Every list's filter as a mongo query (all conditions must hold); each path has an index. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const months = (values: readonly string[] | null | undefined) => monthKeys(values, 'filter.months');

/** `{ [path]: { $gte, $lt } }` of a `…From` / `…Before` pair (a from after its before is BAD_USER_INPUT naming the from field). */
function range(path: string, from: unknown, before: unknown, event: string): Record<string, unknown> | null {
  const r = eventRange(from, before, event);
  return r ? { [path]: r } : null;
}

/** Longest `…From`–`…Before` range whose CST days are also given as an indexed `$in` (the engine scans ranges). */
const MAX_INDEXED_DAYS = 400;
/**
 * The CST days a closed range touches, as `{ [dayPath]: { $in } }` — implied by the range (so the
 * result is the same) but served by the day index, which a range alone is not in the embedded engine.
 */
function daysOf(dayPath: string, range: { $gte?: Date; $lt?: Date } | null): Record<string, unknown> | null {
  const start = range?.$gte;
  const end = range?.$lt;
  if (!start || !end) return null;
  const first = Date.parse(`${dayKey(start)}T00:00:00Z`);
  const last = Date.parse(`${dayKey(new Date(end.getTime() - 1))}T00:00:00Z`);
  if (last < first || (last - first) / 86_400_000 >= MAX_INDEXED_DAYS) return null;
  const keys: string[] = [];
  for (let day = first; day <= last; day += 86_400_000) keys.push(new Date(day).toISOString().slice(0, 10));
  return { [dayPath]: { $in: keys } };
}

/** A list condition, "any of these": absent or null — no condition; empty — nothing matches. */
const inList = (path: string, values: readonly unknown[] | null | undefined) => ({ [path]: anyOf(values) });
const inIds = (path: string, values: readonly string[] | null | undefined, field: string) => ({ [path]: anyOfIds(values, `filter.${field}`) });

export function deviceQuery(filter: DeviceFilter | null | undefined): FilterQuery<DeviceDoc> {
  if (!filter) return {};
  const search = filter.search?.trim();
  const installed = months(filter.months);
  return allOf<DeviceDoc>(
    inList('kind', filter.kinds),
    inList('status', filter.statuses),
    inList('placeKind', filter.placeKinds),
    inIds('gridId', filter.gridIds, 'gridIds'),
    search ? { $or: [{ code: { $regex: escape(search), $options: 'i' } }, { name: { $regex: escape(search), $options: 'i' } }] } : null,
    range('installedOn', filter.installedFrom, filter.installedBefore, 'installed'),
    // installedOn is a day (00:00 CST): a month is the span of its days
    inMonths('installedOn', installed),
  );
}

export function sensingEventQuery(filter: SensingEventFilter | null | undefined): FilterQuery<SensingEventDoc> {
  if (!filter) return {};
  const occurred = eventRange(filter.occurredFrom, filter.occurredBefore, 'occurred');
  return allOf<SensingEventDoc>(
    inList('kind', filter.kinds),
    inList('triage', filter.triages),
    inIds('deviceId', filter.deviceIds, 'deviceIds'),
    inList('deviceKind', filter.deviceKinds),
    inIds('gridId', filter.gridIds, 'gridIds'),
    occurred ? { occurredAt: occurred } : null,
    daysOf('occurredDay', occurred),
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
    inIds('gridId', filter.gridIds, 'gridIds'),
    range('occurredAt', filter.occurredFrom, filter.occurredBefore, 'occurred'),
    inList('occurredMonth', months(filter.months)),
  );
}

export function lostPersonCaseQuery(filter: LostPersonCaseFilter | null | undefined): FilterQuery<LostPersonCaseDoc> {
  if (!filter) return {};
  return allOf<LostPersonCaseDoc>(
    inList('status', filter.statuses),
    inList('category', filter.categories),
    range('reportedAt', filter.reportedFrom, filter.reportedBefore, 'reported'),
    inList('reportedMonth', months(filter.months)),
  );
}

export function patrolShiftQuery(filter: PatrolShiftFilter | null | undefined): FilterQuery<PatrolShiftDoc> {
  if (!filter) return {};
  return allOf<PatrolShiftDoc>(
    inList('kind', filter.kinds),
    inList('status', filter.statuses),
    inIds('gridId', filter.gridIds, 'gridIds'),
    filter.volunteerId ? { volunteerIds: parseId(filter.volunteerId, 'filter.volunteerId') } : null,
    range('startsAt', filter.startsFrom, filter.startsBefore, 'starts'),
    inList('month', months(filter.months)),
  );
}
