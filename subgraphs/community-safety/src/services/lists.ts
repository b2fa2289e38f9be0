import { MAX_PAGE_SIZE, paginate, type Connection, type PageArgs, type SortArg } from '@pecg/common';
import type { CommunitySafetyContext } from '../context';
import type { DeviceDoc, IncidentDoc, LostPersonCaseDoc, PatrolRouteDoc, PatrolShiftDoc, SensingEventDoc } from '../models';
import type {
  DeviceFilter,
  DeviceSortField,
  IncidentFilter,
  IncidentSortField,
  LostPersonCaseFilter,
  LostPersonCaseSortField,
  PatrolShiftFilter,
  PatrolShiftSortField,
  SensingEventFilter,
  SensingEventSortField,
} from '../schema/types.generated';
import { deviceQuery, incidentQuery, lostPersonCaseQuery, patrolShiftQuery, sensingEventQuery } from './filters';
import { requirePatrolReader } from './patrols';
import { requireSearchReader } from './searches';

/**
 * The lists of this subgraph, each one cursor page through `paginate`: filter → mongo query, sort field
 * → indexed path. What a caller may see is narrowed by the storage layer (READ_POLICY).
 */
type ListArgs<F, S extends string> = PageArgs & { filter?: F | null; sort?: SortArg<S> | null };

export function listDevices(ctx: CommunitySafetyContext, args: ListArgs<DeviceFilter, DeviceSortField>): Promise<Connection<DeviceDoc>> {
  return paginate(ctx.models.Device, deviceQuery(args.filter), args, {
    sortFields: { CODE: 'code', NAME: 'name', INSTALLED_ON: 'installedOn' },
    defaultSort: { field: 'CODE', direction: 'ASC' },
  });
}

export function listSensingEvents(
  ctx: CommunitySafetyContext,
  args: ListArgs<SensingEventFilter, SensingEventSortField>,
): Promise<Connection<SensingEventDoc>> {
  return paginate(ctx.models.SensingEvent, sensingEventQuery(args.filter), args, {
    sortFields: { OCCURRED_AT: 'occurredAt' },
    defaultSort: { field: 'OCCURRED_AT', direction: 'DESC' },
  });
}

export function listIncidents(ctx: CommunitySafetyContext, args: ListArgs<IncidentFilter, IncidentSortField>): Promise<Connection<IncidentDoc>> {
  return paginate(ctx.models.Incident, incidentQuery(args.filter), args, {
    sortFields: { OCCURRED_AT: 'occurredAt' },
    defaultSort: { field: 'OCCURRED_AT', direction: 'DESC' },
  });
}

export function listLostPersonCases(
  ctx: CommunitySafetyContext,
  args: ListArgs<LostPersonCaseFilter, LostPersonCaseSortField>,
): Promise<Connection<LostPersonCaseDoc>> {
  requireSearchReader(ctx);
  return paginate(ctx.models.LostPersonCase, lostPersonCaseQuery(args.filter), args, {
    sortFields: { REPORTED_AT: 'reportedAt' },
    defaultSort: { field: 'REPORTED_AT', direction: 'DESC' },
  });
}

export function listPatrolShifts(ctx: CommunitySafetyContext, args: ListArgs<PatrolShiftFilter, PatrolShiftSortField>): Promise<Connection<PatrolShiftDoc>> {
  requirePatrolReader(ctx);
  return paginate(ctx.models.PatrolShift, patrolShiftQuery(args.filter), args, {
    sortFields: { STARTS_AT: 'startsAt' },
    defaultSort: { field: 'STARTS_AT', direction: 'DESC' },
  });
}

/** The patrol routes by name (a community has a handful). */
export async function listPatrolRoutes(ctx: CommunitySafetyContext): Promise<PatrolRouteDoc[]> {
  const page = await paginate(
    ctx.models.PatrolRoute,
    {},
    { first: MAX_PAGE_SIZE },
    { sortFields: { NAME: 'name' }, defaultSort: { field: 'NAME', direction: 'ASC' } },
  );
  return page.edges.map((e) => e.node);
}
