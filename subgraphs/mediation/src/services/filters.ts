import type { FilterQuery } from 'mongoose';
import { parseId, parseInput, ValidationError } from '@pecg/common';
import type { DisputeDoc, DutyShiftDoc, LegalConsultationDoc, VolunteerDoc } from '../models';
import type { DisputeFilter, DutyShiftFilter, LegalConsultationFilter, VolunteerFilter } from '../schema/types.generated';
import { monthString } from '../validation';

/**
 * GraphQL filters → mongo filters (every field has an index). What the caller may see is not decided
 * here: READ_POLICY narrows every query of the scoped models (`scopedBy` in `models/`). The same
 * functions serve the lists, the statistics and the aggregates, so they count the same records.
 *
 * The analysts' contract: enum conditions are plural lists ("any of"), record conditions `<record>Id`
 * or `<record>Ids`, a time range `<event>From` (inclusive) / `<event>Before` (exclusive) and `months`
 * (YYYY-MM, China Standard Time) on the entity's main timestamp; a deprecated alias (`month`) given
 * with its new field: both must hold.
 */
type Months = readonly string[] | null | undefined;

/** Months as `$in` of the stored month key (each checked), intersected with the deprecated single `month`. */
function monthCondition(months: Months, month: string | null | undefined, field: string): Record<string, unknown> | string | undefined {
  const listed = months ? months.map((m, i) => parseInput(monthString, m, `${field}s.${i}`)) : undefined;
  const single = month ? parseInput(monthString, month, field) : undefined;
  if (listed && single) return { $in: listed.filter((m) => m === single) };
  if (listed) return { $in: listed };
  return single;
}

/** `{ $gte, $lt }` of a time range; a start after the end is BAD_USER_INPUT naming the start. */
function timeRange(from: Date | string | null | undefined, before: Date | string | null | undefined, event: string) {
  const range: Record<string, Date> = {};
  if (from) range.$gte = new Date(from);
  if (before) range.$lt = new Date(before);
  if (range.$gte && range.$lt && range.$gte > range.$lt) {
    throw new ValidationError(`filter.${event}From: ${range.$gte.toISOString()} is after filter.${event}Before ${range.$lt.toISOString()}`, {
      field: `filter.${event}From`,
      value: range.$gte.toISOString(),
    });
  }
  return Object.keys(range).length ? range : undefined;
}

/** One id, or any of several (`<record>Id` and `<record>Ids` both given: both hold). */
function idCondition(one: string | null | undefined, many: readonly string[] | null | undefined, field: string) {
  const single = one ? parseId(one, `filter.${field}`) : undefined;
  const listed = many ? many.map((id, i) => parseId(id, `filter.${field}s.${i}`)) : undefined;
  if (single && listed) return { $in: listed.filter((id) => id.equals(single)) };
  return listed ? { $in: listed } : single;
}

/** Drops undefined conditions (so a filter without them is `{}`). */
function defined<T>(q: Record<string, unknown>): FilterQuery<T> {
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)) as FilterQuery<T>;
}

const list = <T>(values: readonly T[] | null | undefined) => (values?.length ? { $in: values } : undefined);

export function disputeQuery(filter: DisputeFilter | null | undefined): FilterQuery<DisputeDoc> {
  const f = filter ?? {};
  return defined<DisputeDoc>({
    kind: list(f.kinds),
    level: list(f.levels),
    status: list(f.statuses),
    channel: list(f.channels),
    gridId: idCondition(f.gridId, f.gridIds, 'gridId'),
    communityId: idCondition(f.communityId, f.communityIds, 'communityId'),
    urgency: list(f.urgencies),
    mediatorIds: f.mediatorId ? parseId(f.mediatorId, 'filter.mediatorId') : undefined,
    enterpriseIds: idCondition(f.enterpriseId, f.enterpriseIds, 'enterpriseId'),
    reportedMonth: monthCondition(f.months, f.month, 'filter.month'),
    reportedAt: timeRange(f.reportedFrom, f.reportedBefore, 'reported'),
    resolved: f.resolved ?? undefined,
    escalated: f.escalated === null || f.escalated === undefined ? undefined : f.escalated ? true : { $ne: true },
  });
}

export function volunteerQuery(filter: VolunteerFilter | null | undefined): FilterQuery<VolunteerDoc> {
  const f = filter ?? {};
  return defined<VolunteerDoc>({
    duties: list(f.duties),
    roles: list(f.roles),
    skills: f.skill ? f.skill.trim() : undefined,
    gridId: f.gridId ? parseId(f.gridId, 'filter.gridId') : undefined,
    communityId: f.communityId ? parseId(f.communityId, 'filter.communityId') : undefined,
    enterpriseId: f.enterpriseId ? parseId(f.enterpriseId, 'filter.enterpriseId') : undefined,
    active: f.active ?? undefined,
    joinedOn: timeRange(f.joinedFrom, f.joinedBefore, 'joined'),
    $or: f.months ? f.months.map((m, i) => ({ joinedOn: monthRange(parseInput(monthString, m, `filter.months.${i}`)) })) : undefined,
  });
}

/** The instants of a month in China Standard Time (joinedOn has no stored month key). */
function monthRange(month: string): { $gte: Date; $lt: Date } {
  const [year, m] = month.split('-').map(Number);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return { $gte: new Date(`${month}-01T00:00:00+08:00`), $lt: new Date(`${next}-01T00:00:00+08:00`) };
}

export function consultationQuery(filter: LegalConsultationFilter | null | undefined): FilterQuery<LegalConsultationDoc> {
  const f = filter ?? {};
  return defined<LegalConsultationDoc>({
    channel: list(f.channels),
    // records from before the queue have no status: they were answered
    status: f.statuses?.length ? { $in: f.statuses.includes('ANSWERED') ? [...f.statuses, null] : f.statuses } : undefined,
    lawyerId: f.lawyerId ? parseId(f.lawyerId, 'filter.lawyerId') : undefined,
    askedMonth: monthCondition(f.months, f.month, 'filter.month'),
    askedAt: timeRange(f.askedFrom, f.askedBefore, 'asked'),
    gridId: idCondition(f.gridId, f.gridIds, 'gridId'),
    enterpriseId: f.enterpriseId ? parseId(f.enterpriseId, 'filter.enterpriseId') : undefined,
  });
}

export function dutyShiftQuery(filter: DutyShiftFilter | null | undefined): FilterQuery<DutyShiftDoc> {
  const f = filter ?? {};
  return defined<DutyShiftDoc>({
    volunteerId: f.volunteerId ? parseId(f.volunteerId, 'filter.volunteerId') : undefined,
    gridId: idCondition(f.gridId, f.gridIds, 'gridId'),
    communityId: idCondition(f.communityId, f.communityIds, 'communityId'),
    enterpriseId: f.enterpriseId ? parseId(f.enterpriseId, 'filter.enterpriseId') : undefined,
    outcome: list(f.outcomes),
    month: monthCondition(f.months, f.month, 'filter.month'),
    startsAt: timeRange(f.startsFrom, f.startsBefore, 'starts'),
  });
}
