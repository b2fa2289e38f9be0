import type { AggregateSpec, FieldDimension } from '@pecg/common';
import type { MediationModels } from '../models';
import { AWAITING_FOLLOW_UP } from '../domain/time-rules';
import {
  CONSULTATION_CHANNEL_LABELS,
  CONSULTATION_STATUS_LABELS,
  DISPUTE_KIND_LABELS,
  DISPUTE_LEVEL_LABELS,
  DISPUTE_STATUS_LABELS,
  INTAKE_CHANNEL_LABELS,
  SHIFT_OUTCOME_LABELS,
  URGENCY_LABELS,
  VOLUNTEER_DUTY_LABELS,
  VOLUNTEER_ROLE_LABELS,
} from '../labels';
import {
  CONSULTATION_CHANNELS,
  CONSULTATION_STATUSES,
  DISPUTE_KINDS,
  DISPUTE_LEVELS,
  DISPUTE_STATUSES,
  INTAKE_CHANNELS,
  LOCAL_LEVELS,
  SHIFT_OUTCOMES,
  URGENCIES,
  VOLUNTEER_DUTIES,
  VOLUNTEER_ROLES,
} from '../models';
import type { DisputeDimension, DutyShiftDimension, LegalConsultationDimension, VolunteerDimension } from '../schema/types.generated';

/**
 * What the aggregates of this subgraph group by and measure (`aggregateGroups` in @pecg/common runs
 * them: the list's filter as `$match`, one `$group`). Every measure is a count or a sum, so a group's
 * rates and averages — and those of any set of groups — are ratios of its sums (`aggregates.ts`).
 */

/** An enum dimension: declaration order and Chinese labels. */
function enumDimension<K extends string>(field: string, order: readonly K[], labels: Record<K, string>): FieldDimension {
  return { field, order, label: (value) => labels[value as K] };
}

/** Names of the records among `values` (ids), read in one query. */
function names(model: MediationModels['Community'] | MediationModels['Grid']) {
  return async (values: string[]) => {
    const docs = await (model as MediationModels['Grid']).find({ _id: { $in: values } }, { name: 1 }).lean();
    return new Map(docs.map((d) => [d._id.toHexString(), d.name]));
  };
}

const and = (...conditions: unknown[]) => ({ $and: conditions });
const present = (path: string) => ({ $gt: [path, null] });
const visits = { $size: { $ifNull: ['$followUps', []] } };
const isClosed = { $eq: ['$status', 'CLOSED'] };
const isResolved = { $eq: ['$resolved', true] };
const hasDays = and(isClosed, isResolved, present('$daysToClose'));
const isRated = { $gte: ['$satisfaction', 1] };
const awaitingFollowUp = and({ $in: ['$status', [...AWAITING_FOLLOW_UP]] }, { $eq: [visits, 0] });

export const DISPUTE_SUMS = [
  'resolvedCount',
  'closedCount',
  'resolvedLocallyCount',
  'escalatedCount',
  'closedWithinMonthCount',
  'performedCount',
  'judiciallyConfirmedCount',
  'followedUpCount',
  'followUpsDueCount',
  'followUpsOverdueCount',
  'daysToResolveSum',
  'daysToResolveCount',
  'ratedCount',
  'satisfactionSum',
] as const;

/** The dispute aggregate at the server's clock `now` (follow-ups overdue). */
export function disputeSpec(models: MediationModels, now: Date): AggregateSpec<DisputeDimension, (typeof DISPUTE_SUMS)[number]> {
  return {
    entity: 'Dispute',
    dimensions: {
      COMMUNITY: { field: 'communityId', labels: names(models.Community) },
      GRID: { field: 'gridId', labels: names(models.Grid) },
      KIND: enumDimension('kind', DISPUTE_KINDS, DISPUTE_KIND_LABELS),
      LEVEL: enumDimension('level', DISPUTE_LEVELS, DISPUTE_LEVEL_LABELS),
      STATUS: enumDimension('status', DISPUTE_STATUSES, DISPUTE_STATUS_LABELS),
      CHANNEL: enumDimension('channel', INTAKE_CHANNELS, INTAKE_CHANNEL_LABELS),
      URGENCY: enumDimension('urgency', URGENCIES, URGENCY_LABELS),
      RESOLVED_LEVEL: { ...enumDimension('resolvedLevel', DISPUTE_LEVELS, DISPUTE_LEVEL_LABELS), missingLabel: '未达成协议' },
      ENTERPRISE: { field: 'enterpriseIds', array: true, missingLabel: '无企业当事人' },
      MEDIATOR: { field: 'mediatorIds', array: true, missingLabel: '未指定调解员' },
      TIME: { time: 'reportedAt' },
    },
    measures: {
      resolvedCount: { countIf: isResolved },
      closedCount: { countIf: isClosed },
      resolvedLocallyCount: { countIf: and(isClosed, isResolved, { $in: ['$resolvedLevel', [...LOCAL_LEVELS]] }) },
      escalatedCount: { countIf: { $eq: ['$escalated', true] } },
      closedWithinMonthCount: { countIf: and(isClosed, { $eq: ['$closedWithinLimit', true] }) },
      performedCount: { countIf: { $eq: ['$performance', 'FULFILLED'] } },
      judiciallyConfirmedCount: { countIf: present('$judicialConfirmation.confirmedAt') },
      followedUpCount: { countIf: and(isResolved, { $gt: [visits, 0] }) },
      followUpsDueCount: { countIf: awaitingFollowUp },
      followUpsOverdueCount: { countIf: and(awaitingFollowUp, present('$followUpDueAt'), { $lt: ['$followUpDueAt', now] }) },
      daysToResolveSum: { sum: { $cond: [hasDays, '$daysToClose', 0] } },
      daysToResolveCount: { countIf: hasDays },
      ratedCount: { countIf: isRated },
      satisfactionSum: { sum: { $cond: [isRated, '$satisfaction', 0] } },
    },
  };
}

const isAnswered = { $in: [{ $ifNull: ['$status', 'ANSWERED'] }, ['ANSWERED', 'FOLLOWED_BY_DISPUTE']] };
const hasAnswerTime = and(isAnswered, present('$answeredAt'));

export const CONSULTATION_SUMS = ['answeredCount', 'referredToDisputeCount', 'hoursToAnswerSum', 'hoursToAnswerCount'] as const;

export function consultationSpec(models: MediationModels): AggregateSpec<LegalConsultationDimension, (typeof CONSULTATION_SUMS)[number]> {
  return {
    entity: 'LegalConsultation',
    dimensions: {
      CHANNEL: enumDimension('channel', CONSULTATION_CHANNELS, CONSULTATION_CHANNEL_LABELS),
      STATUS: { ...enumDimension('status', CONSULTATION_STATUSES, CONSULTATION_STATUS_LABELS), missingLabel: '已解答（排队前的记录）' },
      GRID: { field: 'gridId', labels: names(models.Grid) },
      ENTERPRISE: { field: 'enterpriseId', missingLabel: '居民' },
      LAWYER: { field: 'lawyerId', missingLabel: '未指定律师' },
      TIME: { time: 'askedAt' },
    },
    measures: {
      answeredCount: { countIf: isAnswered },
      referredToDisputeCount: { countIf: { $eq: ['$status', 'FOLLOWED_BY_DISPUTE'] } },
      hoursToAnswerSum: { sum: { $cond: [hasAnswerTime, { $divide: [{ $subtract: ['$answeredAt', '$askedAt'] }, 3_600_000] }, 0] } },
      hoursToAnswerCount: { countIf: hasAnswerTime },
    },
  };
}

export const SHIFT_SUMS = ['dutyHours', 'disputesFoundCount', 'settledOnTheSpotCount'] as const;

export function dutyShiftSpec(models: MediationModels): AggregateSpec<DutyShiftDimension, (typeof SHIFT_SUMS)[number]> {
  return {
    entity: 'DutyShift',
    dimensions: {
      GRID: { field: 'gridId', labels: names(models.Grid) },
      COMMUNITY: { field: 'communityId', labels: names(models.Community) },
      OUTCOME: enumDimension('outcome', SHIFT_OUTCOMES, SHIFT_OUTCOME_LABELS),
      VOLUNTEER: { field: 'volunteerId' },
      ENTERPRISE: { field: 'enterpriseId', missingLabel: '无企业' },
      TIME: { time: 'startsAt' },
    },
    measures: {
      dutyHours: { sum: { $divide: [{ $subtract: ['$endsAt', '$startsAt'] }, 3_600_000] } },
      disputesFoundCount: { countIf: { $in: ['$outcome', ['DISPUTE_FOUND', 'DISPUTE_RESOLVED']] } },
      settledOnTheSpotCount: { countIf: { $eq: ['$outcome', 'DISPUTE_RESOLVED'] } },
    },
  };
}

export const VOLUNTEER_SUMS = ['activeCount'] as const;

export function volunteerSpec(models: MediationModels): AggregateSpec<VolunteerDimension, (typeof VOLUNTEER_SUMS)[number]> {
  return {
    entity: 'Volunteer',
    dimensions: {
      GRID: { field: 'gridId', labels: names(models.Grid) },
      COMMUNITY: { field: 'communityId', labels: names(models.Community) },
      DUTY: { ...enumDimension('duties', VOLUNTEER_DUTIES, VOLUNTEER_DUTY_LABELS), array: true },
      // records from before roles were kept have none: read as VOLUNTEER (as Volunteer.roles does)
      ROLE: { ...enumDimension('roles', VOLUNTEER_ROLES, VOLUNTEER_ROLE_LABELS), array: true, missingLabel: '群防群治志愿者（未记录角色）' },
      ENTERPRISE: { field: 'enterpriseId', missingLabel: '无企业' },
      TIME: { time: 'joinedOn' },
    },
    measures: { activeCount: { countIf: { $eq: ['$active', true] } } },
  };
}
