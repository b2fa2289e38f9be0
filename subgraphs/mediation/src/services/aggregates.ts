import { aggregateGroups, type AggregateArgs, type AggregateGroup, type AggregateResult } from '@pecg/common';
import type { MediationContext } from '../context';
import type {
  DisputeDimension,
  DisputeFilter,
  DutyShiftDimension,
  DutyShiftFilter,
  LegalConsultationDimension,
  LegalConsultationFilter,
  VolunteerDimension,
  VolunteerFilter,
} from '../schema/types.generated';
import { consultationQuery, disputeQuery, dutyShiftQuery, volunteerQuery } from './filters';
import {
  consultationSpec,
  disputeSpec,
  dutyShiftSpec,
  volunteerSpec,
  type CONSULTATION_SUMS,
  type DISPUTE_SUMS,
  type SHIFT_SUMS,
  type VOLUNTEER_SUMS,
} from './aggregate-specs';

/**
 * The aggregates of this subgraph (`disputeAggregate`, `legalConsultationAggregate`,
 * `dutyShiftAggregate`): the list's filter (tenant-scoped by the read policy exactly as the list) and
 * one aggregation (`aggregateGroups`); then each group's rates and averages from its sums, so `totals`
 * — the sums over the groups — gets its rates from the same sums.
 */
type Ratio<S extends string> = [numerator: S | 'count', denominator: S | 'count'];

/** A group with its rates: `rates[name] = [numerator, denominator]` (null when the denominator is 0). */
function withRates<D extends string, S extends string, R extends string>(group: AggregateGroup<D, S>, rates: Record<R, Ratio<NoInfer<S>>>) {
  const row = group as AggregateGroup<D, S> & Record<R, number | null>;
  const value = (name: S | 'count') => (name === 'count' ? group.count : ((group[name] as number | null) ?? 0));
  for (const [name, [numerator, denominator]] of Object.entries(rates) as Array<[R, Ratio<S>]>) {
    const whole = value(denominator);
    (row as Record<string, unknown>)[name] = whole ? value(numerator) / whole : null;
  }
  return row;
}

/** The sums of several groups (their keys dropped): the totals of those groups. */
function sumGroups<D extends string, S extends string>(groups: Array<AggregateGroup<D, S>>, sums: readonly S[]): AggregateGroup<D, S> {
  const total = { keys: [], recordIds: {}, count: 0 } as unknown as AggregateGroup<D, S>;
  for (const name of sums) (total as Record<string, number>)[name] = 0;
  for (const group of groups) {
    total.count += group.count;
    for (const name of sums) (total as Record<string, number>)[name] += (group[name] as number | null) ?? 0;
  }
  return total;
}

/**
 * An ENTERPRISE caller grouping by ENTERPRISE sees its own enterprise's group only (another enterprise
 * that is a party to the same dispute is not shown to it, as in `Dispute.enterprises`); every record it
 * may read holds its own enterprise, so the kept groups still count each of its records once.
 */
function ownEnterpriseOnly<D extends string, S extends string>(
  ctx: MediationContext,
  result: AggregateResult<D, S>,
  dimension: D,
  groupBy: readonly D[],
  sums: readonly S[],
): AggregateResult<D, S> {
  if (ctx.caller.role !== 'ENTERPRISE' || !groupBy.includes(dimension)) return result;
  const own = (ctx.caller.enterpriseId ?? '').toLowerCase();
  const groups = result.groups.filter((g) => (g.recordIds[dimension] ?? '').toLowerCase() === own);
  return { groups, totals: sumGroups(groups, sums) };
}

const DISPUTE_RATES = {
  localResolutionRate: ['resolvedLocallyCount', 'closedCount'],
  escalationRate: ['escalatedCount', 'count'],
  closedWithinMonthRate: ['closedWithinMonthCount', 'closedCount'],
  performanceRate: ['performedCount', 'resolvedCount'],
  judicialConfirmationRate: ['judiciallyConfirmedCount', 'resolvedCount'],
  followUpRate: ['followedUpCount', 'resolvedCount'],
  averageDaysToResolve: ['daysToResolveSum', 'daysToResolveCount'],
  averageSatisfaction: ['satisfactionSum', 'ratedCount'],
} satisfies Record<string, Ratio<(typeof DISPUTE_SUMS)[number]>>;

const CONSULTATION_RATES = {
  answeredRate: ['answeredCount', 'count'],
  referredToDisputeRate: ['referredToDisputeCount', 'answeredCount'],
  averageHoursToAnswer: ['hoursToAnswerSum', 'hoursToAnswerCount'],
} satisfies Record<string, Ratio<(typeof CONSULTATION_SUMS)[number]>>;

const SHIFT_RATES = {
  averageShiftHours: ['dutyHours', 'count'],
  settledOnTheSpotRate: ['settledOnTheSpotCount', 'disputesFoundCount'],
} satisfies Record<string, Ratio<(typeof SHIFT_SUMS)[number]>>;

const VOLUNTEER_RATES = { activeRate: ['activeCount', 'count'] } satisfies Record<string, Ratio<(typeof VOLUNTEER_SUMS)[number]>>;

type Rated<D extends string, S extends string, R extends string> = AggregateGroup<D, S> & Record<R, number | null>;
export type DisputeGroupRow = Rated<DisputeDimension, (typeof DISPUTE_SUMS)[number], keyof typeof DISPUTE_RATES>;
export type ConsultationGroupRow = Rated<LegalConsultationDimension, (typeof CONSULTATION_SUMS)[number], keyof typeof CONSULTATION_RATES>;
export type VolunteerGroupRow = Rated<VolunteerDimension, (typeof VOLUNTEER_SUMS)[number], keyof typeof VOLUNTEER_RATES>;
export type DutyShiftGroupRow = Rated<DutyShiftDimension, (typeof SHIFT_SUMS)[number], keyof typeof SHIFT_RATES>;

function rated<D extends string, S extends string, R extends string>(result: AggregateResult<D, S>, rates: Record<R, Ratio<NoInfer<S>>>) {
  return { groups: result.groups.map((g) => withRates(g, rates)), totals: withRates(result.totals, rates) };
}

type Args<F, D extends string> = AggregateArgs<D> & { filter?: F | null };

export async function disputeAggregate(ctx: MediationContext, args: Args<DisputeFilter, DisputeDimension>) {
  const spec = disputeSpec(ctx.models, new Date());
  const result = await aggregateGroups(ctx.models.Dispute, disputeQuery(args.filter), spec, args);
  const sums = Object.keys(spec.measures) as Array<(typeof DISPUTE_SUMS)[number]>;
  return rated(ownEnterpriseOnly(ctx, result, 'ENTERPRISE', args.groupBy ?? [], sums), DISPUTE_RATES);
}

export async function legalConsultationAggregate(ctx: MediationContext, args: Args<LegalConsultationFilter, LegalConsultationDimension>) {
  const result = await aggregateGroups(ctx.models.LegalConsultation, consultationQuery(args.filter), consultationSpec(ctx.models), args);
  return rated(result, CONSULTATION_RATES);
}

export async function dutyShiftAggregate(ctx: MediationContext, args: Args<DutyShiftFilter, DutyShiftDimension>) {
  const result = await aggregateGroups(ctx.models.DutyShift, dutyShiftQuery(args.filter), dutyShiftSpec(ctx.models), args);
  return rated(result, SHIFT_RATES);
}

export async function volunteerAggregate(ctx: MediationContext, args: Args<VolunteerFilter, VolunteerDimension>) {
  const result = await aggregateGroups(ctx.models.Volunteer, volunteerQuery(args.filter), volunteerSpec(ctx.models), args);
  return rated(result, VOLUNTEER_RATES);
}
