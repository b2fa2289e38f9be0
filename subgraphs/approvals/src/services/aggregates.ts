import type { Types } from 'mongoose';
import { aggregateGroups, labelOf, requireRole, type AggregateGroup, type AggregateSpec, type TimeBucket } from '@pecg/common';
import type { ApprovalsContext } from '../context';
import {
  APPLICATION_STATUS_LABELS,
  EVALUATION_RATING_LABELS,
  FOLLOW_UP_STATUS_LABELS,
  PROCEDURE_KIND_LABELS,
  SUPERVISION_CLASSIFICATION_LABELS,
  SUPERVISION_STATUS_LABELS,
  SUPERVISION_TRIGGER_LABELS,
} from '../labels';
import type {
  ApplicationDimension,
  ApplicationFilter,
  EvaluationDimension,
  EvaluationFilter,
  SupervisionCaseDimension,
  SupervisionCaseFilter,
} from '../schema/types.generated';
import { applicationQuery, evaluationQuery, supervisionCaseQuery } from './filters';
import { STATISTICS_READERS } from './policy';

/**
 * The analysts' aggregates (`<entity>Aggregate(filter, groupBy, timeBucket)`): the list's filter — the
 * same function the list uses, so READ_POLICY scopes it exactly as the list — then one aggregation
 * (`aggregateGroups`) grouping by stored keys and carrying every measure.
 */
interface AggregateArgs<F, D> {
  filter?: F | null;
  groupBy?: readonly D[] | null;
  timeBucket?: TimeBucket | null;
}

const DAY_MS = 86_400_000;
const yesNo = (value: string) => (value === 'true' ? '是' : value === 'false' ? '否' : undefined);
const enumLabel =
  <K extends string>(labels: Record<K, string>) =>
  (value: string) =>
    labelOf(labels, value as K) ?? undefined;

/** Item names for the item ids present (the catalogue is reference data). */
function itemNames(ctx: ApprovalsContext) {
  return async (ids: string[]) => {
    const items = await ctx.models.ApprovalItem.find({ _id: { $in: ids } }, { name: 1 }).lean();
    return new Map(items.map((item) => [(item._id as Types.ObjectId).toHexString(), item.name]));
  };
}

const DECIDED_OR_RECORDED = { $gt: ['$decidedAt', null] };
const known = (field: string) => ({ $in: [`$${field}`, [true, false]] });
const isTrue = (field: string) => ({ $eq: [`$${field}`, true] });
const commitment = (status: string) => ({ $eq: ['$commitment.status', status] });

function applicationSpec(ctx: ApprovalsContext) {
  return {
    entity: 'Application',
    dimensions: {
      ITEM: { field: 'itemId', labels: itemNames(ctx) },
      STATUS: { field: 'status', order: Object.keys(APPLICATION_STATUS_LABELS), label: enumLabel(APPLICATION_STATUS_LABELS) },
      ENTERPRISE: { field: 'enterpriseId' },
      PROCEDURE_KIND: { field: 'procedureKind', order: ['PERMIT', 'FILING'], label: enumLabel(PROCEDURE_KIND_LABELS) },
      ACCEPTED_WITH_DEFICIENCY: { field: 'acceptedWithDeficiency', order: ['true', 'false'], label: yesNo },
      MULTIPLE_VISITS: { field: 'multipleVisits', order: ['true', 'false'], label: yesNo },
      HANDLING_OFFICER: { field: 'handlingOfficerId', missingLabel: '未指派' },
      TIME: { time: 'submittedAt' },
    },
    measures: {
      decidedCount: { countIf: DECIDED_OR_RECORDED },
      onTimeRate: { rate: [isTrue('decidedOnTime'), known('decidedOnTime')] },
      withinPromiseRate: { rate: [isTrue('decidedWithinPromise'), known('decidedWithinPromise')] },
      acceptedCount: { countIf: { $gt: ['$acceptedAt', null] } },
      acceptedWithDeficiencyCount: { countIf: isTrue('acceptedWithDeficiency') },
      acceptedWithDeficiencyRate: { rate: [{ $and: [isTrue('acceptedWithDeficiency'), { $gt: ['$acceptedAt', null] }] }, { $gt: ['$acceptedAt', null] }] },
      deficiencyFulfilledOnTimeCount: { countIf: commitment('FULFILLED') },
      deficiencyTerminatedCount: { countIf: commitment('LAPSED') },
      deficiencyPendingCount: { countIf: commitment('PENDING') },
      deficiencyFulfilmentRate: { rate: [commitment('FULFILLED'), { $or: [commitment('FULFILLED'), commitment('LAPSED')] }] },
      atMostOneVisitRate: { rate: [{ $and: [{ $gt: ['$submittedAt', null] }, { $ne: ['$multipleVisits', true] }] }, { $gt: ['$submittedAt', null] }] },
      multipleVisitCount: { countIf: isTrue('multipleVisits') },
      wentOverdueCount: { countIf: { $gt: ['$overdueAt', null] } },
      averageWorkingDaysToDecision: { avg: '$workingDaysToDecision' },
    },
  } satisfies AggregateSpec<ApplicationDimension, string>;
}

export async function applicationAggregate(ctx: ApprovalsContext, args: AggregateArgs<ApplicationFilter, ApplicationDimension>) {
  requireRole(ctx.caller, STATISTICS_READERS, 'read approval aggregates');
  return aggregateGroups(ctx.models.Application, await applicationQuery(ctx, args.filter), applicationSpec(ctx), args);
}

const BAD = { $in: ['$rating', ['DISSATISFIED', 'VERY_DISSATISFIED']] };
const followUp = (status: string) => ({ $eq: ['$followUpStatus', status] });

function evaluationSpec(ctx: ApprovalsContext) {
  return {
    entity: 'Evaluation',
    dimensions: {
      RATING: { field: 'rating', order: Object.keys(EVALUATION_RATING_LABELS), label: enumLabel(EVALUATION_RATING_LABELS) },
      ITEM: { field: 'itemId', labels: itemNames(ctx) },
      ENTERPRISE: { field: 'enterpriseId' },
      FOLLOW_UP_STATUS: { field: 'followUpStatus', order: Object.keys(FOLLOW_UP_STATUS_LABELS), label: enumLabel(FOLLOW_UP_STATUS_LABELS) },
      TIME: { time: 'ratedAt' },
    },
    measures: {
      badCount: { countIf: BAD },
      satisfactionRate: { rate: [{ $in: ['$rating', ['VERY_SATISFIED', 'SATISFIED']] }, { $gt: ['$rating', null] }] },
      calledBackCount: { countIf: { $and: [BAD, { $ne: ['$followUpStatus', 'AWAITING_CALL_BACK'] }] } },
      callBackRate: { rate: [{ $and: [BAD, { $ne: ['$followUpStatus', 'AWAITING_CALL_BACK'] }] }, BAD] },
      rectifiedCount: { countIf: followUp('RECTIFIED') },
      explainedCount: { countIf: followUp('EXPLAINED') },
      appealedCount: { countIf: followUp('APPEALED') },
    },
  } satisfies AggregateSpec<EvaluationDimension, string>;
}

export function evaluationAggregate(ctx: ApprovalsContext, args: AggregateArgs<EvaluationFilter, EvaluationDimension>) {
  requireRole(ctx.caller, STATISTICS_READERS, 'read evaluation aggregates');
  return aggregateGroups(ctx.models.Evaluation, evaluationQuery(args.filter), evaluationSpec(ctx), args);
}

/**
 * #23: answered (first officer action) within 24 hours of opening, over the cases answered or open for
 * more than 24 hours at `now` (a case still within its first 24 hours has no result yet).
 */
function supervisionCaseSpec(now: Date) {
  const answered = { $gt: ['$firstResponseAt', null] };
  return {
    entity: 'SupervisionCase',
    dimensions: {
      TRIGGER: { field: 'trigger', order: Object.keys(SUPERVISION_TRIGGER_LABELS), label: enumLabel(SUPERVISION_TRIGGER_LABELS) },
      STATUS: { field: 'status', order: Object.keys(SUPERVISION_STATUS_LABELS), label: enumLabel(SUPERVISION_STATUS_LABELS) },
      CLASSIFICATION: {
        field: 'classification',
        order: Object.keys(SUPERVISION_CLASSIFICATION_LABELS),
        label: enumLabel(SUPERVISION_CLASSIFICATION_LABELS),
        missingLabel: '未分类',
      },
      ENTERPRISE: { field: 'enterpriseId' },
      TIME: { time: 'openedAt' },
    },
    measures: {
      openCount: { countIf: { $in: ['$status', ['OPEN', 'INVESTIGATING']] } },
      resolvedCount: { countIf: { $in: ['$status', ['RECTIFIED', 'DISMISSED', 'ARCHIVED']] } },
      escalatedCount: { countIf: isTrue('escalated') },
      answeredWithin24HoursRate: {
        rate: [
          { $and: [answered, { $lte: [{ $subtract: ['$firstResponseAt', '$openedAt'] }, DAY_MS] }] },
          { $or: [answered, { $lte: ['$openedAt', new Date(now.getTime() - DAY_MS)] }] },
        ],
      },
    },
  } satisfies AggregateSpec<SupervisionCaseDimension, string>;
}

export function supervisionCaseAggregate(ctx: ApprovalsContext, args: AggregateArgs<SupervisionCaseFilter, SupervisionCaseDimension>) {
  requireRole(ctx.caller, STATISTICS_READERS, 'read supervision aggregates');
  return aggregateGroups(ctx.models.SupervisionCase, supervisionCaseQuery(args.filter), supervisionCaseSpec(new Date()), args);
}

/** The groups the aggregates return (the mappers of the GraphQL group types). */
export type ApplicationAggregateGroup = AggregateGroup<ApplicationDimension, keyof ReturnType<typeof applicationSpec>['measures']>;
export type EvaluationAggregateGroup = AggregateGroup<EvaluationDimension, keyof ReturnType<typeof evaluationSpec>['measures']>;
export type SupervisionCaseAggregateGroup = AggregateGroup<SupervisionCaseDimension, keyof ReturnType<typeof supervisionCaseSpec>['measures']>;
