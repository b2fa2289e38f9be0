import type { FilterQuery } from 'mongoose';
import { allOf, anyOf, checkedMonth, eventRange, inMonths, monthKeys, parseId } from '@pecg/common';
import type { DisputeDoc, DutyShiftDoc, LegalConsultationDoc, VolunteerDoc } from '../models';
import type { DisputeFilter, DutyShiftFilter, LegalConsultationFilter, VolunteerFilter } from '../schema/types.generated';

/**
 * GraphQL filters → mongo filters (every field has an index). What the caller may see is not decided
 * here: READ_POLICY narrows every query of the scoped models (`scopedBy` in `models/`). The same
 * functions serve the lists, the statistics and the aggregates, so they count the same records.
 *
 * The analysts' contract: enum conditions are plural lists ("any of"; an empty list matches nothing), record conditions `<record>Id`
 * or `<record>Ids`, a time range `<event>From` (inclusive) / `<event>Before` (exclusive) and `months`
 * (YYYY-MM, China Standard Time) on the entity's main timestamp; a deprecated alias (`month`) given
 * with its new field: both must hold.
 */
type Months = readonly string[] | null | undefined;

/** Months as `$in` of the stored month key (each checked), intersected with the deprecated single `month`. */
function monthCondition(months: Months, month: string | null | undefined, field: string): Record<string, unknown> | string | undefined {
  const listed = months ? months.map((m, i) => checkedMonth(m, `${field}s.${i}`)) : undefined;
  const single = month ? checkedMonth(month, field) : undefined;
  if (listed && single) return { $in: listed.filter((m) => m === single) };
  if (listed) return { $in: listed };
  return single;
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

export function disputeQuery(filter: DisputeFilter | null | undefined): FilterQuery<DisputeDoc> {
  const f = filter ?? {};
  return defined<DisputeDoc>({
    kind: anyOf(f.kinds),
    level: anyOf(f.levels),
    status: anyOf(f.statuses),
    channel: anyOf(f.channels),
    gridId: idCondition(f.gridId, f.gridIds, 'gridId'),
    communityId: idCondition(f.communityId, f.communityIds, 'communityId'),
    urgency: anyOf(f.urgencies),
    mediatorIds: f.mediatorId ? parseId(f.mediatorId, 'filter.mediatorId') : undefined,
    enterpriseIds: idCondition(f.enterpriseId, f.enterpriseIds, 'enterpriseId'),
    reportedMonth: monthCondition(f.months, f.month, 'filter.month'),
    reportedAt: eventRange(f.reportedFrom, f.reportedBefore, 'reported') ?? undefined,
    resolved: f.resolved ?? undefined,
    escalated: f.escalated === null || f.escalated === undefined ? undefined : f.escalated ? true : { $ne: true },
  });
}

export function volunteerQuery(filter: VolunteerFilter | null | undefined): FilterQuery<VolunteerDoc> {
  const f = filter ?? {};
  const joined = defined<VolunteerDoc>({
    duties: anyOf(f.duties),
    roles: anyOf(f.roles),
    skills: f.skill ? f.skill.trim() : undefined,
    gridId: f.gridId ? parseId(f.gridId, 'filter.gridId') : undefined,
    communityId: f.communityId ? parseId(f.communityId, 'filter.communityId') : undefined,
    enterpriseId: f.enterpriseId ? parseId(f.enterpriseId, 'filter.enterpriseId') : undefined,
    active: f.active ?? undefined,
    joinedOn: eventRange(f.joinedFrom, f.joinedBefore, 'joined') ?? undefined,
  });
  // joinedOn has no stored month key: the months are [start, end) ranges of it
  return allOf<VolunteerDoc>(joined, inMonths('joinedOn', monthKeys(f.months, 'filter.months')));
}

export function consultationQuery(filter: LegalConsultationFilter | null | undefined): FilterQuery<LegalConsultationDoc> {
  const f = filter ?? {};
  return defined<LegalConsultationDoc>({
    channel: anyOf(f.channels),
    // records from before the queue have no status: they were answered
    status: anyOf(f.statuses?.includes('ANSWERED') ? [...f.statuses, null] : f.statuses),
    lawyerId: f.lawyerId ? parseId(f.lawyerId, 'filter.lawyerId') : undefined,
    askedMonth: monthCondition(f.months, f.month, 'filter.month'),
    askedAt: eventRange(f.askedFrom, f.askedBefore, 'asked') ?? undefined,
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
    outcome: anyOf(f.outcomes),
    month: monthCondition(f.months, f.month, 'filter.month'),
    startsAt: eventRange(f.startsFrom, f.startsBefore, 'starts') ?? undefined,
  });
}
