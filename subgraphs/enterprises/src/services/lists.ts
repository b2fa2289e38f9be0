import type { FilterQuery } from 'mongoose';
import { paginate, type PageArgs, type Projection, type SortArg } from '@pecg/common';
import type { EnterprisesContext } from '../context';
import type {
  AdvantageResourceFilter,
  AdvantageResourceSortField,
  EnterpriseFilter,
  EnterpriseSortField,
  PoliceOfficerFilter,
  PoliceOfficerSortField,
  RiskAlertFilter,
  RiskAlertSortField,
  ServiceNeedFilter,
  ServiceNeedSortField,
} from '../schema/types.generated';
import type { PoliceOfficerDoc } from '../models';
import { containsPattern, enterpriseQuery } from './filters';
import { alertQuery, needQuery, resourceQuery } from './queries';

/**
 * The lists of this subgraph: filter → mongo query, sort field → indexed path, cursor pages. What the
 * caller may see is not decided here: the models are `scopedBy` the read policy (READ_POLICY in
 * @pecg/common), which narrows every page and total to the caller's records.
 */
type ListArgs<F, S extends string> = PageArgs & { filter?: F | null; sort?: SortArg<S> | null };

/** The conditions that are set (a filter field left out or null does not restrict). */
function defined<T>(conditions: Record<string, unknown>): FilterQuery<T> {
  return Object.fromEntries(Object.entries(conditions).filter(([, v]) => v !== undefined && v !== null)) as FilterQuery<T>;
}

/** `projection`: the document fields the caller reads (undefined: whole documents). */
export async function listEnterprises(ctx: EnterprisesContext, args: ListArgs<EnterpriseFilter, EnterpriseSortField>, projection?: Projection) {
  return paginate(ctx.models.Enterprise, await enterpriseQuery(ctx.models, args.filter), args, {
    sortFields: { NAME: 'name', FOUNDED_ON: 'foundedOn', EMPLOYEE_COUNT: 'employeeCount', CREATED_AT: 'registeredAt' },
    defaultSort: { field: 'NAME', direction: 'ASC' },
    projection,
  });
}

export function listPoliceOfficers(ctx: EnterprisesContext, args: ListArgs<PoliceOfficerFilter, PoliceOfficerSortField>) {
  const f = args.filter;
  const query = defined<PoliceOfficerDoc>({
    unit: f?.unit,
    workstation: f?.workstation,
    name: f?.nameContains != null ? containsPattern(f.nameContains, 'nameContains') : undefined,
  });
  return paginate(ctx.models.PoliceOfficer, query, args, {
    sortFields: { NAME: 'name', BADGE_NUMBER: 'badgeNumber' },
    defaultSort: { field: 'NAME', direction: 'ASC' },
  });
}

export function listServiceNeeds(ctx: EnterprisesContext, args: ListArgs<ServiceNeedFilter, ServiceNeedSortField>) {
  return paginate(ctx.models.ServiceNeed, needQuery(args.filter, new Date()), args, {
    sortFields: { RAISED_AT: 'raisedAt', DUE_ON: 'dueBy' },
    defaultSort: { field: 'RAISED_AT', direction: 'DESC' },
  });
}

export function listRiskAlerts(ctx: EnterprisesContext, args: ListArgs<RiskAlertFilter, RiskAlertSortField>) {
  return paginate(ctx.models.RiskAlert, alertQuery(args.filter), args, {
    sortFields: { RAISED_AT: 'raisedAt', SEVERITY: 'severityRank' },
    defaultSort: { field: 'RAISED_AT', direction: 'DESC' },
  });
}

export function listAdvantageResources(ctx: EnterprisesContext, args: ListArgs<AdvantageResourceFilter, AdvantageResourceSortField>) {
  return paginate(ctx.models.AdvantageResource, resourceQuery(args.filter), args, {
    sortFields: { OFFERED_AT: 'offeredAt' },
    defaultSort: { field: 'OFFERED_AT', direction: 'ASC' },
  });
}
