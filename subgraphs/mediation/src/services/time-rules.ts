import type { FilterQuery } from 'mongoose';
import { allOf, paginate, ValidationError, type PageArgs, type SortArg } from '@pecg/common';
import type { MediationContext } from '../context';
import { AWAITING_FOLLOW_UP, IN_MEDIATION, timeRulesOf, type TimeRules } from '../domain/time-rules';
import type { DisputeDoc } from '../models';
import { testClockAllowed } from '../domain/clock';
import type { DisputeFilter, OverdueDisputeSortField } from '../schema/types.generated';
import { disputeQuery } from './filters';

export type OverdueRule = 'MEDIATION_MONTH' | 'FOLLOW_UP' | 'SECURITY_FIRST_SESSION';

/** The server's clock, or (only under NODE_ENV=test) the clock a test asks for. */
export function clockAt(asOf: Date | string | null | undefined): Date {
  if (asOf === null || asOf === undefined) return new Date();
  if (!testClockAllowed()) throw new ValidationError('asOf: the clock can be set only in tests (NODE_ENV=test)', { field: 'asOf', value: String(asOf) });
  return new Date(asOf);
}

/** Overdue at `now`, as stored due dates (each rule has its index: status + due date). */
function overdueQuery(rule: OverdueRule, now: Date): { query: FilterQuery<DisputeDoc>; sortField: string } {
  switch (rule) {
    case 'MEDIATION_MONTH':
      return { query: { status: { $in: [...IN_MEDIATION] }, mediationDueAt: { $lt: now } }, sortField: 'mediationDueAt' };
    case 'FOLLOW_UP':
      return {
        query: { status: { $in: [...AWAITING_FOLLOW_UP] }, followUpDueAt: { $lt: now }, 'followUps.0': { $exists: false } },
        sortField: 'followUpDueAt',
      };
    case 'SECURITY_FIRST_SESSION':
      return { query: { status: { $in: ['ACCEPTED', 'MEDIATORS_ASSIGNED'] }, firstSessionDueAt: { $lt: now } }, sortField: 'firstSessionDueAt' };
  }
}

/**
 * Disputes overdue on a rule that also match the disputes filter (both hold), oldest due first by
 * default (computed on read: this subgraph has no scheduled jobs).
 */
export function listOverdueDisputes(
  ctx: MediationContext,
  rule: OverdueRule,
  asOf: Date | string | null | undefined,
  args: PageArgs & { filter?: DisputeFilter | null; sort?: SortArg<OverdueDisputeSortField> | null },
) {
  const { query, sortField } = overdueQuery(rule, clockAt(asOf));
  return paginate(ctx.models.Dispute, allOf<DisputeDoc>(disputeQuery(args.filter), query), args, {
    sortFields: { DUE_AT: sortField, REPORTED_AT: 'reportedAt' },
    defaultSort: { field: 'DUE_AT', direction: 'ASC' },
  });
}

export function disputeTimeRules(d: DisputeDoc, asOf: Date | string | null | undefined): TimeRules {
  return timeRulesOf(d, clockAt(asOf));
}
