import type { PipelineStage } from 'mongoose';
import { aggregateGroups, type AggregateArgs, type AggregateResult, type AggregateSpec } from '@pecg/common';
import type { EnterprisesContext } from '../context';
import type { EnterpriseDimension, EnterpriseFilter, ServiceNeedDimension, ServiceNeedFilter } from '../schema/types.generated';
import {
  ALLIANCE_MEMBERSHIP_KEY_LABELS,
  ENTERPRISE_CATEGORY_LABELS,
  ENTERPRISE_STATUS_LABELS,
  NEED_ASSIGNEE_KIND_LABELS,
  OFFICER_COVERAGE_LABELS,
  SERVICE_NEED_CATEGORY_LABELS,
  SERVICE_NEED_STATUS_LABELS,
} from '../labels';
import {
  ENTERPRISE_CATEGORIES,
  ENTERPRISE_STATUSES,
  OPEN_NEED_STATUSES,
  SERVICE_NEED_CATEGORIES,
  SERVICE_NEED_STATUSES,
  type EnterprisesModels,
} from '../models';
import { enterpriseQuery } from './filters';
import { needQuery } from './queries';

/**
 * The analysts' aggregates of enterprises and service needs (`aggregateGroups` from @pecg/common): the
 * list's own filter as `$match` — tenant-scoped by the read policy exactly as the list — then one
 * `$group` with every measure. Keys that are not stored as such (the 一企一警 officer, the assignee
 * kind, membership as an enum value) are derived by stages between the `$match` and the `$group`, in
 * the same aggregation.
 */

/** The Chinese label of an enum value, for a dimension. */
export const labelFrom =
  (labels: Readonly<Record<string, string>>) =>
  (value: string): string | undefined =>
    labels[value];

const has = (path: string) => ({ $gt: [path, null] });
const not = (expr: Record<string, unknown>) => ({ $not: [expr] });
const all = { $literal: true };

/** An officer as a group label: badge number and unit (an officer's name is personal information). */
async function officerLabels(models: EnterprisesModels, ids: string[]): Promise<Map<string, string>> {
  const officers = await models.PoliceOfficer.find({ _id: { $in: ids } }, { badgeNumber: 1, unit: 1 }).lean();
  return new Map(officers.map((o) => [o._id.toHexString(), `警号${o.badgeNumber}（${o.unit}）`]));
}

/** Enterprises as group labels: their names (of those the caller may see; others keep their id). */
export function enterpriseNames(models: EnterprisesModels): (ids: string[]) => Promise<Map<string, string>> {
  return async (ids) => {
    const enterprises = await models.Enterprise.find({ _id: { $in: ids } }, { name: 1 }).lean();
    return new Map(enterprises.map((e) => [e._id.toHexString(), e.name]));
  };
}

const ACTIVE_ABOVE_SCALE = { $and: [{ $eq: ['$category', 'ABOVE_SCALE'] }, { $eq: ['$status', 'ACTIVE'] }] };
const WITH_OFFICER = has('$__officerId');

function enterpriseSpec(models: EnterprisesModels): AggregateSpec<EnterpriseDimension, EnterpriseMeasure> {
  return {
    entity: 'Enterprise',
    dimensions: {
      CATEGORY: { field: 'category', order: ENTERPRISE_CATEGORIES, label: labelFrom(ENTERPRISE_CATEGORY_LABELS) },
      STATUS: { field: 'status', order: ENTERPRISE_STATUSES, label: labelFrom(ENTERPRISE_STATUS_LABELS) },
      INDUSTRY: { field: 'industry' },
      ALLIANCE_MEMBER: { field: '__alliance', order: ['MEMBER', 'NON_MEMBER'], label: labelFrom(ALLIANCE_MEMBERSHIP_KEY_LABELS) },
      IN_INCUBATOR: { field: '__incubator', order: ['IN_INCUBATOR', 'OUTSIDE_INCUBATOR'], label: (v) => (v === 'IN_INCUBATOR' ? '在孵企业' : '非在孵企业') },
      OFFICER: { field: '__officerId', labels: (ids) => officerLabels(models, ids), missingLabel: OFFICER_COVERAGE_LABELS.WITHOUT_OFFICER },
      TIME: { time: 'registeredAt' },
    },
    measures: {
      aboveScaleCount: { countIf: { $eq: ['$category', 'ABOVE_SCALE'] } },
      allianceMemberCount: { countIf: { $eq: ['$allianceMember', true] } },
      allianceMemberRate: { rate: [{ $eq: ['$allianceMember', true] }, all] },
      inIncubatorCount: { countIf: { $eq: ['$inIncubator', true] } },
      withOfficerCount: { countIf: WITH_OFFICER },
      coverageRate: { rate: [WITH_OFFICER, all] },
      activeAboveScaleCount: { countIf: ACTIVE_ABOVE_SCALE },
      breakingOneOfficerRuleCount: { countIf: { $and: [ACTIVE_ABOVE_SCALE, not(WITH_OFFICER)] } },
      ruleCoverageRate: { rate: [{ $and: [ACTIVE_ABOVE_SCALE, WITH_OFFICER] }, ACTIVE_ABOVE_SCALE] },
      employeeCount: { sum: '$employeeCount' },
      averageEmployeeCount: { avg: '$employeeCount' },
    },
  };
}

export type EnterpriseMeasure =
  | 'aboveScaleCount'
  | 'allianceMemberCount'
  | 'allianceMemberRate'
  | 'inIncubatorCount'
  | 'withOfficerCount'
  | 'coverageRate'
  | 'activeAboveScaleCount'
  | 'breakingOneOfficerRuleCount'
  | 'ruleCoverageRate'
  | 'employeeCount'
  | 'averageEmployeeCount';

/**
 * The active 一企一警 officer of each enterprise, read through the unique slot of the active assignment
 * ("<enterprise id>:ONE", see OfficerAssignment): one indexed lookup per enterprise in the same aggregation.
 */
function enterpriseStages(models: EnterprisesModels): PipelineStage[] {
  return [
    { $addFields: { __slot: { $concat: [{ $toString: '$_id' }, ':ONE'] } } },
    { $lookup: { from: models.OfficerAssignment.collection.collectionName, localField: '__slot', foreignField: 'slot', as: '__one' } },
    {
      $addFields: {
        __officerId: { $arrayElemAt: ['$__one.officerId', 0] },
        __alliance: { $cond: [{ $eq: ['$allianceMember', true] }, 'MEMBER', 'NON_MEMBER'] },
        __incubator: { $cond: [{ $eq: ['$inIncubator', true] }, 'IN_INCUBATOR', 'OUTSIDE_INCUBATOR'] },
      },
    },
  ];
}

export type EnterpriseAggregateResult = AggregateResult<EnterpriseDimension, EnterpriseMeasure>;

export async function enterpriseAggregate(
  ctx: EnterprisesContext,
  filter: EnterpriseFilter | null | undefined,
  args: AggregateArgs<EnterpriseDimension>,
): Promise<EnterpriseAggregateResult> {
  const { models } = ctx;
  const match = await enterpriseQuery(models, filter);
  return aggregateGroups(models.Enterprise, match, { ...enterpriseSpec(models), stages: enterpriseStages(models) }, args);
}

export type ServiceNeedMeasure =
  | 'openCount'
  | 'overdueCount'
  | 'resolvedCount'
  | 'declinedCount'
  | 'resolvedOnTimeCount'
  | 'resolvedLateCount'
  | 'resolvedOnTimeRate'
  | 'resolutionRate'
  | 'averageDaysToResolve'
  | 'matchCount';

const RESOLVED = { $eq: ['$status', 'RESOLVED'] };
const OPEN = { $in: ['$status', [...OPEN_NEED_STATUSES]] };
const ON_TIME = { $and: [RESOLVED, { $eq: ['$resolvedOnTime', true] }] };
const LATE = { $and: [RESOLVED, { $eq: ['$resolvedOnTime', false] }] };

/** `now`: the server's clock, for the overdue count (open or in progress and dueBy passed), as the list's `overdue` filter. */
function needSpec(models: EnterprisesModels, now: Date): AggregateSpec<ServiceNeedDimension, ServiceNeedMeasure> {
  return {
    entity: 'ServiceNeed',
    dimensions: {
      ENTERPRISE: { field: 'enterpriseId', labels: enterpriseNames(models) },
      CATEGORY: { field: 'category', order: SERVICE_NEED_CATEGORIES, label: labelFrom(SERVICE_NEED_CATEGORY_LABELS) },
      STATUS: { field: 'status', order: SERVICE_NEED_STATUSES, label: labelFrom(SERVICE_NEED_STATUS_LABELS) },
      ASSIGNEE_KIND: { field: '__assigneeKind', order: ['OFFICER', 'ENTERPRISE', 'UNASSIGNED'], label: labelFrom(NEED_ASSIGNEE_KIND_LABELS) },
      TIME: { time: 'raisedAt' },
    },
    measures: {
      openCount: { countIf: OPEN },
      overdueCount: { countIf: { $and: [OPEN, has('$dueBy'), { $lte: ['$dueBy', now] }] } },
      resolvedCount: { countIf: RESOLVED },
      declinedCount: { countIf: { $eq: ['$status', 'DECLINED'] } },
      resolvedOnTimeCount: { countIf: ON_TIME },
      resolvedLateCount: { countIf: LATE },
      resolvedOnTimeRate: { rate: [ON_TIME, { $or: [ON_TIME, LATE] }] },
      resolutionRate: { rate: [RESOLVED, all] },
      averageDaysToResolve: {
        avg: { $cond: [{ $and: [RESOLVED, has('$resolved.at')] }, { $divide: [{ $subtract: ['$resolved.at', '$raisedAt'] }, 86_400_000] }, null] },
      },
      matchCount: { sum: '$matchCount' },
    },
  };
}

const NEED_STAGES: PipelineStage[] = [
  {
    $addFields: {
      __assigneeKind: { $cond: [has('$assigneeOfficerId'), 'OFFICER', { $cond: [has('$assigneeEnterpriseId'), 'ENTERPRISE', 'UNASSIGNED'] }] },
    },
  },
];

export type ServiceNeedAggregateResult = AggregateResult<ServiceNeedDimension, ServiceNeedMeasure>;

export function serviceNeedAggregate(
  ctx: EnterprisesContext,
  filter: ServiceNeedFilter | null | undefined,
  args: AggregateArgs<ServiceNeedDimension>,
): Promise<ServiceNeedAggregateResult> {
  const now = new Date();
  return aggregateGroups(ctx.models.ServiceNeed, needQuery(filter, now), { ...needSpec(ctx.models, now), stages: NEED_STAGES }, args);
}
