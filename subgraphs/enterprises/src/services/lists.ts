import type { FilterQuery } from 'mongoose';
import { allOf, enterpriseScopeFilter, paginate, type Caller, type PageArgs, type Projection, type SortArg } from '@pecg/common';
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
import type { EnterprisesModels, PoliceOfficerDoc, RiskAlertDoc, ServiceNeedDoc } from '../models';
import { containsPattern, enterpriseQuery, optionalId } from './filters';

/** The lists of this subgraph: filter → mongo query, sort field → indexed path, cursor pages. */
type ListArgs<F, S extends string> = PageArgs & { filter?: F | null; sort?: SortArg<S> | null };

/** Drops undefined conditions and adds the caller's enterprise scope. */
function scoped<T>(caller: Caller, conditions: Record<string, unknown>): FilterQuery<T> {
  const defined = Object.fromEntries(Object.entries(conditions).filter(([, v]) => v !== undefined && v !== null));
  return allOf<T>(defined, enterpriseScopeFilter(caller));
}

/** `projection`: the document fields the caller reads (undefined: whole documents). */
export async function listEnterprises(models: EnterprisesModels, caller: Caller, args: ListArgs<EnterpriseFilter, EnterpriseSortField>, projection?: Projection) {
  return paginate(models.Enterprise, await enterpriseQuery(models, caller, args.filter), args, {
    sortFields: { NAME: 'name', FOUNDED_ON: 'foundedOn', EMPLOYEE_COUNT: 'employeeCount', CREATED_AT: 'registeredAt' },
    defaultSort: { field: 'NAME', direction: 'ASC' },
    projection,
  });
}

export function listPoliceOfficers(models: EnterprisesModels, args: ListArgs<PoliceOfficerFilter, PoliceOfficerSortField>) {
  const f = args.filter;
  const query: FilterQuery<PoliceOfficerDoc> = Object.fromEntries(
    Object.entries({ unit: f?.unit ?? undefined, workstation: f?.workstation ?? undefined, name: f?.nameContains != null ? containsPattern(f.nameContains, 'nameContains') : undefined }).filter(([, v]) => v !== undefined),
  );
  return paginate(models.PoliceOfficer, query, args, { sortFields: { NAME: 'name', BADGE_NUMBER: 'badgeNumber' }, defaultSort: { field: 'NAME', direction: 'ASC' } });
}

export function listServiceNeeds(models: EnterprisesModels, caller: Caller, args: ListArgs<ServiceNeedFilter, ServiceNeedSortField>) {
  const f = args.filter;
  const query = scoped<ServiceNeedDoc>(caller, { enterpriseId: optionalId(f?.enterpriseId, 'enterpriseId'), status: f?.status, category: f?.category });
  return paginate(models.ServiceNeed, query, args, { sortFields: { RAISED_AT: 'raisedAt' }, defaultSort: { field: 'RAISED_AT', direction: 'DESC' } });
}

export function listRiskAlerts(models: EnterprisesModels, caller: Caller, args: ListArgs<RiskAlertFilter, RiskAlertSortField>) {
  const f = args.filter;
  const query = scoped<RiskAlertDoc>(caller, {
    enterpriseId: optionalId(f?.enterpriseId, 'enterpriseId'),
    status: f?.status,
    severity: f?.severity,
    type: f?.type,
    raisedByOfficerId: optionalId(f?.raisedByOfficerId, 'raisedByOfficerId'),
  });
  return paginate(models.RiskAlert, query, args, { sortFields: { RAISED_AT: 'raisedAt', SEVERITY: 'severityRank' }, defaultSort: { field: 'RAISED_AT', direction: 'DESC' } });
}

export function listAdvantageResources(models: EnterprisesModels, args: ListArgs<AdvantageResourceFilter, AdvantageResourceSortField>) {
  const f = args.filter;
  const query = Object.fromEntries(Object.entries({ enterpriseId: optionalId(f?.enterpriseId, 'enterpriseId'), kind: f?.kind, available: f?.available }).filter(([, v]) => v !== undefined && v !== null));
  return paginate(models.AdvantageResource, query, args, { sortFields: { OFFERED_AT: 'offeredAt' }, defaultSort: { field: 'OFFERED_AT', direction: 'ASC' } });
}
