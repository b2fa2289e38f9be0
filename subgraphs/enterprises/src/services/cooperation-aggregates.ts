import type { PipelineStage } from 'mongoose';
import { aggregateGroups, type AggregateArgs, type AggregateResult, type AggregateSpec } from '@pecg/common';
import type { EnterprisesContext } from '../context';
import type { AdvantageResourceDimension, AdvantageResourceFilter, RiskAlertDimension, RiskAlertFilter } from '../schema/types.generated';
import {
  ADVANTAGE_RESOURCE_KIND_LABELS,
  ADVANTAGE_RESOURCE_STATUS_LABELS,
  RISK_ALERT_STATUS_LABELS,
  RISK_ALERT_TYPE_LABELS,
  RISK_SEVERITY_LABELS,
} from '../labels';
import {
  ADVANTAGE_RESOURCE_KINDS,
  ADVANTAGE_RESOURCE_STATUSES,
  OPEN_ALERT_STATUSES,
  RISK_ALERT_STATUSES,
  RISK_ALERT_TYPES,
  RISK_SEVERITIES,
  type EnterprisesModels,
} from '../models';
import { enterpriseNames, labelFrom } from './aggregates';
import { alertQuery, resourceQuery } from './queries';

/** The analysts' aggregates of risk alerts and advantage resources: the list's filter, then one `$group`. */

export type RiskAlertMeasure =
  'openCount' | 'acknowledgedCount' | 'mitigatedCount' | 'dismissedCount' | 'closedCount' | 'lossAvoidedYuan' | 'averageLossAvoidedYuan';

const has = (path: string) => ({ $gt: [path, null] });

/** Closing starts from MITIGATED or DISMISSED; a dismissal always leaves its reason, which stays when the alert is closed. */
const CLOSED = { $eq: ['$status', 'CLOSED'] };
const DISMISSAL = has('$dismissalReason');

const riskAlertSpec = (models: EnterprisesModels): AggregateSpec<RiskAlertDimension, RiskAlertMeasure> => ({
  entity: 'RiskAlert',
  dimensions: {
    ENTERPRISE: { field: 'enterpriseId', labels: enterpriseNames(models) },
    TYPE: { field: 'type', order: RISK_ALERT_TYPES, label: labelFrom(RISK_ALERT_TYPE_LABELS) },
    SEVERITY: { field: 'severity', order: RISK_SEVERITIES, label: labelFrom(RISK_SEVERITY_LABELS) },
    STATUS: { field: 'status', order: RISK_ALERT_STATUSES, label: labelFrom(RISK_ALERT_STATUS_LABELS) },
    TIME: { time: 'raisedAt' },
  },
  measures: {
    openCount: { countIf: { $in: ['$status', [...OPEN_ALERT_STATUSES]] } },
    acknowledgedCount: { countIf: has('$acknowledgedAt') },
    mitigatedCount: { countIf: { $or: [{ $eq: ['$status', 'MITIGATED'] }, { $and: [CLOSED, { $not: [DISMISSAL] }] }] } },
    dismissedCount: { countIf: { $or: [{ $eq: ['$status', 'DISMISSED'] }, { $and: [CLOSED, DISMISSAL] }] } },
    closedCount: { countIf: CLOSED },
    lossAvoidedYuan: { sum: '$lossAvoidedYuan' },
    averageLossAvoidedYuan: { avg: '$lossAvoidedYuan' },
  },
});

export type RiskAlertAggregateResult = AggregateResult<RiskAlertDimension, RiskAlertMeasure>;

export function riskAlertAggregate(
  ctx: EnterprisesContext,
  filter: RiskAlertFilter | null | undefined,
  args: AggregateArgs<RiskAlertDimension>,
): Promise<RiskAlertAggregateResult> {
  return aggregateGroups(ctx.models.RiskAlert, alertQuery(filter), riskAlertSpec(ctx.models), args);
}

export type AdvantageResourceMeasure = 'availableCount' | 'withdrawnCount' | 'matchCount' | 'matchedRate';

const resourceSpec = (models: EnterprisesModels): AggregateSpec<AdvantageResourceDimension, AdvantageResourceMeasure> => ({
  entity: 'AdvantageResource',
  dimensions: {
    KIND: { field: 'kind', order: ADVANTAGE_RESOURCE_KINDS, label: labelFrom(ADVANTAGE_RESOURCE_KIND_LABELS) },
    STATUS: { field: '__status', order: ADVANTAGE_RESOURCE_STATUSES, label: labelFrom(ADVANTAGE_RESOURCE_STATUS_LABELS) },
    ENTERPRISE: { field: 'enterpriseId', labels: enterpriseNames(models) },
    TIME: { time: 'offeredAt' },
  },
  measures: {
    availableCount: { countIf: { $eq: ['$available', true] } },
    withdrawnCount: { countIf: { $eq: ['$__status', 'WITHDRAWN'] } },
    matchCount: { sum: '$matchCount' },
    matchedRate: { rate: [{ $gt: ['$matchCount', 0] }, { $literal: true }] },
  },
});

/** Documents from before withdrawal existed have no status: they are ACTIVE (as in the list's filter). */
const RESOURCE_STAGES: PipelineStage[] = [{ $addFields: { __status: { $ifNull: ['$status', 'ACTIVE'] } } }];

export type AdvantageResourceAggregateResult = AggregateResult<AdvantageResourceDimension, AdvantageResourceMeasure>;

export function advantageResourceAggregate(
  ctx: EnterprisesContext,
  filter: AdvantageResourceFilter | null | undefined,
  args: AggregateArgs<AdvantageResourceDimension>,
): Promise<AdvantageResourceAggregateResult> {
  return aggregateGroups(ctx.models.AdvantageResource, resourceQuery(filter), { ...resourceSpec(ctx.models), stages: RESOURCE_STAGES }, args);
}
