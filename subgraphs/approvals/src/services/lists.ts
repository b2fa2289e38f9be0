import type { FilterQuery, Model } from 'mongoose';
import { allOf, MAX_PAGE_SIZE, paginate, parseInput, type PageArgs, type PaginateOptions, type SortArg } from '@pecg/common';
import type { ApprovalsContext } from '../context';
import type {
  ApplicationFilter,
  ApplicationSortField,
  EvaluationFilter,
  EvaluationSortField,
  SupervisionCaseFilter,
  SupervisionCaseSortField,
} from '../schema/types.generated';
import type { ApplicationDoc, ApprovalItemDoc, ServiceMeasureDoc } from '../models';
import { optionalInstant } from '../validation';
import { applicationQuery, evaluationQuery, supervisionCaseQuery } from './filters';
import { overdueQuery } from './deadlines';

/**
 * The lists of this subgraph: filter → mongo query (every path indexed), cursor pages through
 * `paginate`. Which enterprise's records a caller sees is not decided here: READ_POLICY narrows every
 * read of the scoped models (an ENTERPRISE caller's lists and totals hold only its own records).
 */
type ListArgs<F, S extends string> = PageArgs & { filter?: F | null; sort?: SortArg<S> | null };

const instant = (value: unknown, field: string) => parseInput(optionalInstant, value, field) ?? undefined;
const APPLICATION_SORT = { CREATED_AT: 'createdAt', SUBMITTED_AT: 'submittedAt', DECISION_DUE_DATE: 'decisionDueDate' } as const;

export async function listApplications(ctx: ApprovalsContext, args: ListArgs<ApplicationFilter, ApplicationSortField>) {
  return paginate(ctx.models.Application, await applicationQuery(ctx, args.filter), args, {
    sortFields: APPLICATION_SORT,
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
  });
}

/** The overdue applications at `asOf` that also match the filter, most overdue first by default. */
export async function listOverdueApplications(ctx: ApprovalsContext, args: ListArgs<ApplicationFilter, ApplicationSortField> & { asOf?: unknown }) {
  const asOf = instant(args.asOf, 'asOf') ?? new Date();
  return paginate(ctx.models.Application, allOf<ApplicationDoc>(overdueQuery(asOf), await applicationQuery(ctx, args.filter)), args, {
    sortFields: APPLICATION_SORT,
    defaultSort: { field: 'DECISION_DUE_DATE', direction: 'ASC' },
  });
}

export function listSupervisionCases(ctx: ApprovalsContext, args: ListArgs<SupervisionCaseFilter, SupervisionCaseSortField>) {
  return paginate(ctx.models.SupervisionCase, supervisionCaseQuery(args.filter), args, {
    sortFields: { OPENED_AT: 'openedAt', DUE_DATE: 'dueDate' },
    defaultSort: { field: 'OPENED_AT', direction: 'DESC' },
  });
}

export function listEvaluations(ctx: ApprovalsContext, args: ListArgs<EvaluationFilter, EvaluationSortField>) {
  return paginate(ctx.models.Evaluation, evaluationQuery(args.filter), args, {
    sortFields: { RATED_AT: 'ratedAt' },
    defaultSort: { field: 'RATED_AT', direction: 'DESC' },
  });
}

/**
 * A whole small list (reference data: the approval catalogue, the 23 measures), page by page through
 * `paginate` until the last page — the same list helper as every connection, without a page limit.
 */
async function everyPage<T, F extends string>(model: Model<T>, filter: FilterQuery<T>, options: PaginateOptions<F>): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null | undefined;
  for (;;) {
    const page = await paginate(model, filter, { first: MAX_PAGE_SIZE, after }, options);
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

/** The approval catalogue, by code. */
export function listApprovalItems(ctx: ApprovalsContext): Promise<ApprovalItemDoc[]> {
  return everyPage(ctx.models.ApprovalItem, {}, { sortFields: { CODE: 'code' }, defaultSort: { field: 'CODE', direction: 'ASC' } });
}

/** The measures serving enterprises, by number. */
export function listServiceMeasures(ctx: ApprovalsContext): Promise<ServiceMeasureDoc[]> {
  return everyPage(ctx.models.ServiceMeasure, {}, { sortFields: { NUMBER: 'number' }, defaultSort: { field: 'NUMBER', direction: 'ASC' } });
}
