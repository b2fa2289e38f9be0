import type { FilterQuery } from 'mongoose';
import { Types } from 'mongoose';
import { allOf, enterpriseScopeFilter, paginate, parseId, parseInput, type Caller, type PageArgs, type SortArg } from '@pecg/common';
import type {
  ApplicationFilter,
  ApplicationSortField,
  EvaluationFilter,
  EvaluationSortField,
  SupervisionCaseFilter,
  SupervisionCaseSortField,
} from '../schema/types.generated';
import type { ApplicationDoc, ApprovalsModels, EvaluationDoc, SupervisionCaseDoc } from '../models';
import { monthKeyInput, optionalInstant } from '../validation';
import { overdueQuery } from './deadlines';

/** The lists of this subgraph: filter → mongo query (every path indexed), cursor pages, ENTERPRISE scope. */
type ListArgs<F, S extends string> = PageArgs & { filter?: F | null; sort?: SortArg<S> | null };

function scoped<T>(caller: Caller, conditions: Record<string, unknown>): FilterQuery<T> {
  const defined = Object.fromEntries(Object.entries(conditions).filter(([, v]) => v !== undefined && v !== null));
  return allOf<T>(defined, enterpriseScopeFilter(caller));
}

const id = (value: string | null | undefined, field: string) => (value ? parseId(value, `filter.${field}`) : undefined);
const inList = <T>(values: readonly T[] | null | undefined) => (values?.length ? { $in: values } : undefined);
const instant = (value: unknown, field: string) => parseInput(optionalInstant, value, field) ?? undefined;

export function listApplications(models: ApprovalsModels, caller: Caller, args: ListArgs<ApplicationFilter, ApplicationSortField>) {
  const f = args.filter;
  const query = scoped<ApplicationDoc>(caller, {
    status: inList(f?.status),
    itemId: id(f?.itemId, 'itemId'),
    enterpriseId: id(f?.enterpriseId, 'enterpriseId'),
    handlingOfficerId: id(f?.handlingOfficerId, 'handlingOfficerId'),
    acceptedWithDeficiency: f?.acceptedWithDeficiency,
    multipleVisits: f?.multipleVisits,
    submittedMonth: f?.submittedMonth ? parseInput(monthKeyInput, f.submittedMonth, 'filter.submittedMonth') : undefined,
  });
  return paginate(models.Application, query, args, {
    sortFields: { CREATED_AT: 'createdAt', SUBMITTED_AT: 'submittedAt', DECISION_DUE_DATE: 'decisionDueDate' },
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
  });
}

export function listOverdueApplications(models: ApprovalsModels, caller: Caller, args: PageArgs & { asOf?: unknown }) {
  const asOf = instant(args.asOf, 'asOf') ?? new Date();
  return paginate(models.Application, scoped<ApplicationDoc>(caller, overdueQuery(asOf)), args, {
    sortFields: { DECISION_DUE_DATE: 'decisionDueDate' },
    defaultSort: { field: 'DECISION_DUE_DATE', direction: 'ASC' },
  });
}

export function listSupervisionCases(models: ApprovalsModels, caller: Caller, args: ListArgs<SupervisionCaseFilter, SupervisionCaseSortField>) {
  const f = args.filter;
  const overdueAsOf = instant(f?.overdueAsOf, 'filter.overdueAsOf');
  const query = scoped<SupervisionCaseDoc>(caller, {
    status: overdueAsOf ? { $in: ['OPEN', 'INVESTIGATING'] } : inList(f?.status),
    dueDate: overdueAsOf ? { $lt: overdueAsOf } : undefined,
    trigger: f?.trigger,
    enterpriseId: id(f?.enterpriseId, 'enterpriseId'),
    applicationId: id(f?.applicationId, 'applicationId'),
  });
  return paginate(models.SupervisionCase, query, args, { sortFields: { OPENED_AT: 'openedAt', DUE_DATE: 'dueDate' }, defaultSort: { field: 'OPENED_AT', direction: 'DESC' } });
}

export function listEvaluations(models: ApprovalsModels, caller: Caller, args: ListArgs<EvaluationFilter, EvaluationSortField>) {
  const f = args.filter;
  const overdueAsOf = instant(f?.overdueAsOf, 'filter.overdueAsOf');
  const query = scoped<EvaluationDoc>(caller, {
    rating: inList(f?.rating),
    bad: overdueAsOf ? true : f?.bad,
    followUpStatus: overdueAsOf ? { $in: ['AWAITING_CALL_BACK', 'AWAITING_RECTIFICATION'] } : f?.followUpStatus,
    rectificationDueDate: overdueAsOf ? { $lt: overdueAsOf } : undefined,
    enterpriseId: id(f?.enterpriseId, 'enterpriseId'),
  });
  return paginate(models.Evaluation, query, args, { sortFields: { RATED_AT: 'ratedAt' }, defaultSort: { field: 'RATED_AT', direction: 'DESC' } });
}

/** The latest `first` applications of an enterprise from the batched group (ENTERPRISE callers: only their own). */
export function canSeeEnterprise(caller: Caller, enterpriseId: string | Types.ObjectId): boolean {
  return caller.role !== 'ENTERPRISE' || caller.enterpriseId === String(enterpriseId);
}
