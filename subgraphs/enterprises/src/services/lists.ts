import type { FilterQuery } from 'mongoose';
import { allOf, paginate, type PageArgs, type Projection, type SortArg } from '@pecg/common';
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
import { OPEN_NEED_STATUSES, type AdvantageResourceDoc, type PoliceOfficerDoc, type RiskAlertDoc, type ServiceNeedDoc } from '../models';
import { containsPattern, enterpriseQuery, optionalId } from './filters';

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

/**
 * `overdue: true`: open or in progress and past the end of the due day at the server's clock (index
 * status + dueBy); `false`: every other need. An explicit `status` narrows both.
 */
function overdueCondition(overdue: boolean | null | undefined, now: Date): FilterQuery<ServiceNeedDoc> | undefined {
  if (overdue == null) return undefined;
  const open = [...OPEN_NEED_STATUSES];
  return overdue ? { status: { $in: open }, dueBy: { $ne: null, $lte: now } } : { $or: [{ status: { $nin: open } }, { dueBy: null }, { dueBy: { $gt: now } }] };
}

export function listServiceNeeds(ctx: EnterprisesContext, args: ListArgs<ServiceNeedFilter, ServiceNeedSortField>) {
  const f = args.filter;
  const query = allOf<ServiceNeedDoc>(
    defined<ServiceNeedDoc>({
      enterpriseId: optionalId(f?.enterpriseId, 'enterpriseId'),
      status: f?.status,
      category: f?.category,
      assigneeOfficerId: optionalId(f?.assigneeOfficerId, 'assigneeOfficerId'),
      assigneeEnterpriseId: optionalId(f?.assigneeEnterpriseId, 'assigneeEnterpriseId'),
    }) as Record<string, unknown>,
    (overdueCondition(f?.overdue, new Date()) ?? {}) as Record<string, unknown>,
  );
  return paginate(ctx.models.ServiceNeed, query, args, {
    sortFields: { RAISED_AT: 'raisedAt', DUE_ON: 'dueBy' },
    defaultSort: { field: 'RAISED_AT', direction: 'DESC' },
  });
}

export function listRiskAlerts(ctx: EnterprisesContext, args: ListArgs<RiskAlertFilter, RiskAlertSortField>) {
  const f = args.filter;
  const query = defined<RiskAlertDoc>({
    enterpriseId: optionalId(f?.enterpriseId, 'enterpriseId'),
    status: f?.status,
    severity: f?.severity,
    type: f?.type,
    raisedByOfficerId: optionalId(f?.raisedByOfficerId, 'raisedByOfficerId'),
  });
  return paginate(ctx.models.RiskAlert, query, args, {
    sortFields: { RAISED_AT: 'raisedAt', SEVERITY: 'severityRank' },
    defaultSort: { field: 'RAISED_AT', direction: 'DESC' },
  });
}

export function listAdvantageResources(ctx: EnterprisesContext, args: ListArgs<AdvantageResourceFilter, AdvantageResourceSortField>) {
  const f = args.filter;
  const query = allOf<AdvantageResourceDoc>(
    defined<AdvantageResourceDoc>({ enterpriseId: optionalId(f?.enterpriseId, 'enterpriseId'), kind: f?.kind, available: f?.available }) as Record<
      string,
      unknown
    >,
    // documents from before withdrawal existed have no status: they are ACTIVE
    (f?.status === 'ACTIVE' ? { status: { $ne: 'WITHDRAWN' } } : f?.status ? { status: f.status } : {}) as Record<string, unknown>,
  );
  return paginate(ctx.models.AdvantageResource, query, args, {
    sortFields: { OFFERED_AT: 'offeredAt' },
    defaultSort: { field: 'OFFERED_AT', direction: 'ASC' },
  });
}
