import { aggregateGroups, labelOf, type AggregateArgs, type AggregateResult, type AggregateSpec, type EnumLabels } from '@pecg/common';
import { Types } from 'mongoose';
import type { CommunitySafetyContext } from '../context';
import {
  DEVICE_KINDS,
  DEVICE_STATUSES,
  EVENT_KINDS,
  INCIDENT_SEVERITIES,
  INCIDENT_SOURCES,
  INCIDENT_STATUSES,
  PERSON_CATEGORIES,
  PLACE_KINDS,
  SEARCH_STATUSES,
  SHIFT_KINDS,
  SHIFT_STATUSES,
  TRIAGE_STATUSES,
} from '../models';
import * as L from '../labels';
import type { DeviceFilter, IncidentFilter, LostPersonCaseFilter, PatrolShiftFilter, SensingEventFilter } from '../schema/types.generated';
import { deviceQuery, incidentQuery, lostPersonCaseQuery, patrolShiftQuery, sensingEventQuery } from './filters';
import { requirePatrolReader } from './patrols';
import { requireSearchReader } from './searches';

/**
 * The analysts' aggregates of this subgraph (`<entity>Aggregate`, docs/CONVENTIONS.md): the list's
 * filter — the same function the list uses, so the read policy scopes both alike — as `$match`, then
 * one `$group` with every measure (`aggregateGroups` of @pecg/common). Who may read a list may read its
 * aggregate: the lost-person and patrol aggregates check the same roles as their lists.
 */
type Args<D extends string, F> = AggregateArgs<D> & { filter?: F | null };

const label =
  <K extends string>(labels: EnumLabels<K>) =>
  (value: string) =>
    labelOf(labels, value as K) ?? undefined;
const is = (field: string, value: string) => ({ $eq: [`$${field}`, value] });
const isAnyOf = (field: string, values: readonly string[]) => ({ $in: [`$${field}`, values] });
const present = (field: string) => ({ $gt: [`$${field}`, null] });
/** A condition every record meets (the denominator of a share of all records). */
const ALWAYS = { $eq: [1, 1] };
const sizeOf = (field: string) => ({ $size: { $ifNull: [`$${field}`, []] } });

/** Names of documents of `model` by id, for the labels of a record dimension (one query). */
async function namesOf(model: CommunitySafetyContext['models']['Device'] | CommunitySafetyContext['models']['PatrolRoute'], ids: string[]) {
  const valid = ids.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id));
  const docs = await (model as CommunitySafetyContext['models']['Device']).find({ _id: { $in: valid } }, { name: 1 }).lean();
  return new Map(docs.map((d) => [d._id.toHexString(), d.name]));
}

// ---------------------------------------------------------------------------------------------------
// Incidents
// ---------------------------------------------------------------------------------------------------

/** Kinds of an incident: the sensing-event kinds, then the kinds a patrol finding gives, then OTHER. */
export const INCIDENT_KINDS = [...EVENT_KINDS, 'PATROL_HAZARD', 'PATROL_DISPUTE', 'PATROL_SERVICE_NEED', 'OTHER'] as const;
export const INCIDENT_KIND_LABELS: Record<(typeof INCIDENT_KINDS)[number], string> = {
  ...L.EVENT_KIND_LABELS,
  PATROL_HAZARD: `巡查发现：${L.FINDING_KIND_LABELS.HAZARD}`,
  PATROL_DISPUTE: `巡查发现：${L.FINDING_KIND_LABELS.DISPUTE}`,
  PATROL_SERVICE_NEED: `巡查发现：${L.FINDING_KIND_LABELS.SERVICE_NEED}`,
  OTHER: '其他',
};

export type IncidentDimension = 'STATUS' | 'SEVERITY' | 'SOURCE' | 'KIND' | 'ENTERPRISE' | 'GRID' | 'TIME';
type IncidentMeasure =
  'openCount' | 'closedCount' | 'closedRate' | 'referredToMediationCount' | 'alertRaisedCount' | 'averageMinutesToResolve' | 'averageMinutesToClose';
const INCIDENT_SPEC: AggregateSpec<IncidentDimension, IncidentMeasure> = {
  entity: 'Incident',
  dimensions: {
    STATUS: { field: 'status', order: INCIDENT_STATUSES, label: label(L.INCIDENT_STATUS_LABELS) },
    SEVERITY: { field: 'severity', order: INCIDENT_SEVERITIES, label: label(L.INCIDENT_SEVERITY_LABELS) },
    SOURCE: { field: 'source', order: INCIDENT_SOURCES, label: label(L.INCIDENT_SOURCE_LABELS) },
    KIND: { field: 'kind', order: INCIDENT_KINDS, label: label(INCIDENT_KIND_LABELS) },
    ENTERPRISE: { field: 'enterpriseId', missingLabel: '未涉及企业' },
    GRID: { field: 'gridId', missingLabel: '未划入网格' },
    TIME: { time: 'occurredAt' },
  },
  measures: {
    openCount: { countIf: isAnyOf('status', ['OPEN', 'HANDLING']) },
    closedCount: { countIf: is('status', 'CLOSED') },
    closedRate: { rate: [is('status', 'CLOSED'), ALWAYS] },
    referredToMediationCount: { countIf: present('disputeId') },
    alertRaisedCount: { countIf: present('riskAlertId') },
    averageMinutesToResolve: { avg: '$minutesToResolve' },
    averageMinutesToClose: { avg: '$minutesToClose' },
  },
};
export type IncidentAggregateResult = AggregateResult<IncidentDimension, IncidentMeasure>;
export type IncidentGroupRow = IncidentAggregateResult['totals'];

export function incidentAggregate(ctx: CommunitySafetyContext, args: Args<IncidentDimension, IncidentFilter>): Promise<IncidentAggregateResult> {
  return aggregateGroups(ctx.models.Incident, incidentQuery(args.filter), INCIDENT_SPEC, args);
}

// ---------------------------------------------------------------------------------------------------
// Sensing events
// ---------------------------------------------------------------------------------------------------

export type SensingEventDimension = 'KIND' | 'TRIAGE' | 'DEVICE' | 'DEVICE_KIND' | 'GRID' | 'TIME';
type SensingEventMeasure = 'untriagedCount' | 'dismissedCount' | 'escalatedCount' | 'falseAlarmRate';
const sensingEventSpec = (ctx: CommunitySafetyContext): AggregateSpec<SensingEventDimension, SensingEventMeasure> => ({
  entity: 'SensingEvent',
  dimensions: {
    KIND: { field: 'kind', order: EVENT_KINDS, label: label(L.EVENT_KIND_LABELS) },
    TRIAGE: { field: 'triage', order: TRIAGE_STATUSES, label: label(L.TRIAGE_STATUS_LABELS) },
    DEVICE: { field: 'deviceId', labels: (ids) => namesOf(ctx.models.Device, ids) },
    DEVICE_KIND: { field: 'deviceKind', order: DEVICE_KINDS, label: label(L.DEVICE_KIND_LABELS) },
    GRID: { field: 'gridId', missingLabel: '未划入网格' },
    TIME: { time: 'occurredAt' },
  },
  measures: {
    untriagedCount: { countIf: is('triage', 'NEW') },
    dismissedCount: { countIf: is('triage', 'DISMISSED') },
    escalatedCount: { countIf: is('triage', 'ESCALATED') },
    /** 误报率: of the triaged events, the share dismissed. */
    falseAlarmRate: { rate: [is('triage', 'DISMISSED'), isAnyOf('triage', ['DISMISSED', 'ESCALATED'])] },
  },
});
export type SensingEventAggregateResult = AggregateResult<SensingEventDimension, SensingEventMeasure>;
export type SensingEventGroupRow = SensingEventAggregateResult['totals'];

export function sensingEventAggregate(
  ctx: CommunitySafetyContext,
  args: Args<SensingEventDimension, SensingEventFilter>,
): Promise<SensingEventAggregateResult> {
  return aggregateGroups(ctx.models.SensingEvent, sensingEventQuery(args.filter), sensingEventSpec(ctx), args);
}

// ---------------------------------------------------------------------------------------------------
// Lost-person searches
// ---------------------------------------------------------------------------------------------------

export type LostPersonCaseDimension = 'STATUS' | 'CATEGORY' | 'TIME';
type LostPersonCaseMeasure = 'foundCount' | 'cancelledCount' | 'foundWithin30MinutesRate' | 'foundWithin60MinutesRate' | 'averageMinutesToFind';
const foundWithin = (minutes: number) => ({ $and: [present('minutesToFind'), { $lte: ['$minutesToFind', minutes] }] });
const LOST_PERSON_SPEC: AggregateSpec<LostPersonCaseDimension, LostPersonCaseMeasure> = {
  entity: 'LostPersonCase',
  dimensions: {
    STATUS: { field: 'status', order: SEARCH_STATUSES, label: label(L.SEARCH_STATUS_LABELS) },
    CATEGORY: { field: 'category', order: PERSON_CATEGORIES, label: label(L.PERSON_CATEGORY_LABELS) },
    TIME: { time: 'reportedAt' },
  },
  measures: {
    foundCount: { countIf: present('minutesToFind') },
    cancelledCount: { countIf: is('status', 'CANCELLED') },
    foundWithin30MinutesRate: { rate: [foundWithin(30), present('minutesToFind')] },
    foundWithin60MinutesRate: { rate: [foundWithin(60), present('minutesToFind')] },
    averageMinutesToFind: { avg: '$minutesToFind' },
  },
};
export type LostPersonCaseAggregateResult = AggregateResult<LostPersonCaseDimension, LostPersonCaseMeasure>;

export function lostPersonCaseAggregate(
  ctx: CommunitySafetyContext,
  args: Args<LostPersonCaseDimension, LostPersonCaseFilter>,
): Promise<LostPersonCaseAggregateResult> {
  requireSearchReader(ctx);
  return aggregateGroups(ctx.models.LostPersonCase, lostPersonCaseQuery(args.filter), LOST_PERSON_SPEC, args);
}

// ---------------------------------------------------------------------------------------------------
// Patrol shifts
// ---------------------------------------------------------------------------------------------------

export type PatrolShiftDimension = 'KIND' | 'STATUS' | 'GRID' | 'ROUTE' | 'VOLUNTEER' | 'TIME';
type PatrolShiftMeasure = 'completedCount' | 'cancelledCount' | 'completedRate' | 'findingCount' | 'visitCount' | 'volunteerPlaceCount';
const patrolShiftSpec = (ctx: CommunitySafetyContext): AggregateSpec<PatrolShiftDimension, PatrolShiftMeasure> => ({
  entity: 'PatrolShift',
  dimensions: {
    KIND: { field: 'kind', order: SHIFT_KINDS, label: label(L.SHIFT_KIND_LABELS) },
    STATUS: { field: 'status', order: SHIFT_STATUSES, label: label(L.SHIFT_STATUS_LABELS) },
    GRID: { field: 'gridId' },
    ROUTE: { field: 'routeId', labels: (ids) => namesOf(ctx.models.PatrolRoute, ids) },
    VOLUNTEER: { field: 'volunteerIds', array: true },
    TIME: { time: 'startsAt' },
  },
  measures: {
    completedCount: { countIf: is('status', 'COMPLETED') },
    cancelledCount: { countIf: is('status', 'CANCELLED') },
    completedRate: { rate: [is('status', 'COMPLETED'), isAnyOf('status', ['COMPLETED', 'CANCELLED'])] },
    findingCount: { sum: '$findingCount' },
    visitCount: { sum: sizeOf('visits') },
    // grouped by VOLUNTEER the array is unwound: each record then holds one volunteer
    volunteerPlaceCount: { sum: { $cond: [{ $isArray: '$volunteerIds' }, sizeOf('volunteerIds'), { $cond: [present('volunteerIds'), 1, 0] }] } },
  },
});
export type PatrolShiftAggregateResult = AggregateResult<PatrolShiftDimension, PatrolShiftMeasure>;
export type PatrolShiftGroupRow = PatrolShiftAggregateResult['totals'];

export function patrolShiftAggregate(ctx: CommunitySafetyContext, args: Args<PatrolShiftDimension, PatrolShiftFilter>): Promise<PatrolShiftAggregateResult> {
  requirePatrolReader(ctx);
  return aggregateGroups(ctx.models.PatrolShift, patrolShiftQuery(args.filter), patrolShiftSpec(ctx), args);
}

// ---------------------------------------------------------------------------------------------------
// Devices
// ---------------------------------------------------------------------------------------------------

export type DeviceDimension = 'KIND' | 'STATUS' | 'PLACE_KIND' | 'GRID' | 'TIME';
type DeviceMeasure = 'onlineCount' | 'onlineRate';
const DEVICE_SPEC: AggregateSpec<DeviceDimension, DeviceMeasure> = {
  entity: 'Device',
  dimensions: {
    KIND: { field: 'kind', order: DEVICE_KINDS, label: label(L.DEVICE_KIND_LABELS) },
    STATUS: { field: 'status', order: DEVICE_STATUSES, label: label(L.DEVICE_STATUS_LABELS) },
    PLACE_KIND: { field: 'placeKind', order: PLACE_KINDS, label: label(L.PLACE_KIND_LABELS) },
    GRID: { field: 'gridId', missingLabel: '未划入网格' },
    TIME: { time: 'installedOn' },
  },
  measures: {
    onlineCount: { countIf: is('status', 'ONLINE') },
    onlineRate: { rate: [is('status', 'ONLINE'), ALWAYS] },
  },
};
export type DeviceAggregateResult = AggregateResult<DeviceDimension, DeviceMeasure>;
export type DeviceGroupRow = DeviceAggregateResult['totals'];

export function deviceAggregate(ctx: CommunitySafetyContext, args: Args<DeviceDimension, DeviceFilter>): Promise<DeviceAggregateResult> {
  return aggregateGroups(ctx.models.Device, deviceQuery(args.filter), DEVICE_SPEC, args);
}
