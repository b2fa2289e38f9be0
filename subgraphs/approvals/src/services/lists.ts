import type { FilterQuery, Model } from 'mongoose';
import { MAX_PAGE_SIZE, paginate, parseId, parseInput, type PageArgs, type PaginateOptions, type SortArg } from '@pecg/common';
import type { ApprovalsContext } from '../context';
import type {
  ApplicationFilter,
  ApplicationSortField,
  EvaluationFilter,
  EvaluationSortField,
  SupervisionCaseFilter,
  SupervisionCaseSortField,
} from '../schema/types.generated';
import type { ApplicationDoc, ApprovalItemDoc, EvaluationDoc, ServiceMeasureDoc, SupervisionCaseDoc } from '../models';
import { monthKeyInput, optionalInstant } from '../validation';
import { overdueQuery } from './deadlines';

/**
 * The lists of this subgraph: filter → mongo query (every path indexed), cursor pages through
 * `paginate`. Which enterprise's records a caller sees is not decided here: READ_POLICY narrows every
 * read of the scoped models (an ENTERPRISE caller's lists and totals hold only its own records).
 */
type ListArgs<F, S extends string> = PageArgs & { filter?: F | null; sort?: SortArg<S> | null };

/** The conditions that are set (all must hold). */
function conditions<T>(given: Record<string, unknown>): FilterQuery<T> {
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined && v !== null)) as FilterQuery<T>;
}

const id = (value: string | null | undefined, field: string) => (value ? parseId(value, `filter.${field}`) : undefined);
const inList = <T>(values: readonly T[] | null | undefined) => (values?.length ? { $in: values } : undefined);
const instant = (value: unknown, field: string) => parseInput(optionalInstant, value, field) ?? undefined;

export function listApplications(ctx: ApprovalsContext, args: ListArgs<ApplicationFilter, ApplicationSortField>) {
  const f = args.filter;
  const query = conditions<ApplicationDoc>({
    status: inList(f?.status),
    itemId: id(f?.itemId, 'itemId'),
    enterpriseId: id(f?.enterpriseId, 'enterpriseId'),
    handlingOfficerId: id(f?.handlingOfficerId, 'handlingOfficerId'),
    acceptedWithDeficiency: f?.acceptedWithDeficiency,
    multipleVisits: f?.multipleVisits,
    submittedMonth: f?.submittedMonth ? parseInput(monthKeyInput, f.submittedMonth, 'filter.submittedMonth') : undefined,
  });
  return paginate(ctx.models.Application, query, args, {
    sortFields: { CREATED_AT: 'createdAt', SUBMITTED_AT: 'submittedAt', DECISION_DUE_DATE: 'decisionDueDate' },
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
  });
}

export function listOverdueApplications(ctx: ApprovalsContext, args: PageArgs & { asOf?: unknown }) {
  const asOf = instant(args.asOf, 'asOf') ?? new Date();
  return paginate(ctx.models.Application, overdueQuery(asOf), args, {
    sortFields: { DECISION_DUE_DATE: 'decisionDueDate' },
    defaultSort: { field: 'DECISION_DUE_DATE', direction: 'ASC' },
  });
}

export function listSupervisionCases(ctx: ApprovalsContext, args: ListArgs<SupervisionCaseFilter, SupervisionCaseSortField>) {
  const f = args.filter;
  const overdueAsOf = instant(f?.overdueAsOf, 'filter.overdueAsOf');
  const query = conditions<SupervisionCaseDoc>({
    status: overdueAsOf ? { $in: ['OPEN', 'INVESTIGATING'] } : inList(f?.status),
    dueDate: overdueAsOf ? { $lt: overdueAsOf } : undefined,
    trigger: f?.trigger,
    enterpriseId: id(f?.enterpriseId, 'enterpriseId'),
    applicationId: id(f?.applicationId, 'applicationId'),
  });
  return paginate(ctx.models.SupervisionCase, query, args, {
    sortFields: { OPENED_AT: 'openedAt', DUE_DATE: 'dueDate' },
    defaultSort: { field: 'OPENED_AT', direction: 'DESC' },
  });
}

export function listEvaluations(ctx: ApprovalsContext, args: ListArgs<EvaluationFilter, EvaluationSortField>) {
  const f = args.filter;
  const overdueAsOf = instant(f?.overdueAsOf, 'filter.overdueAsOf');
  const query = conditions<EvaluationDoc>({
    rating: inList(f?.rating),
    bad: overdueAsOf ? true : f?.bad,
    followUpStatus: overdueAsOf ? { $in: ['AWAITING_CALL_BACK', 'AWAITING_RECTIFICATION'] } : f?.followUpStatus,
    rectificationDueDate: overdueAsOf ? { $lt: overdueAsOf } : undefined,
    enterpriseId: id(f?.enterpriseId, 'enterpriseId'),
  });
  return paginate(ctx.models.Evaluation, query, args, { sortFields: { RATED_AT: 'ratedAt' }, defaultSort: { field: 'RATED_AT', direction: 'DESC' } });
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
