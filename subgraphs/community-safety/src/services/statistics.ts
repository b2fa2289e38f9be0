import { completeDimension, CountCube, labelOf, monthLabel, type EnumLabels } from '@pecg/common';
import type { FilterQuery, Types } from 'mongoose';
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
  type LostPersonCaseDoc,
  type PatrolShiftDoc,
} from '../models';
import * as L from '../labels';
import type { DeviceFilter, IncidentFilter, LostPersonCaseFilter, PatrolShiftFilter, SensingEventFilter } from '../schema/types.generated';
import { deviceQuery, incidentQuery, lostPersonCaseQuery, patrolShiftQuery, sensingEventQuery } from './filters';
import { requirePatrolReader } from './patrols';
import { requireSearchReader } from './searches';

/**
 * Statistics of this subgraph, each taking the list's filter; every figure is one aggregation in the
 * database, run only when selected; counts of one object share one `$group` (`CountCube`).
 */
async function dimension<K extends string>(cube: CountCube<unknown>, field: string, keys: readonly K[], labels: EnumLabels<K>) {
  return completeDimension(await cube.countBy(field), keys).map(({ key, count }) => ({ key, label: labelOf(labels, key)!, count }));
}
/** Month rows `{ key, label, count }` (and the deprecated `month`), oldest first. */
const months = async (cube: CountCube<unknown>, field: string) =>
  (await cube.countBy(field))
    .map((r) => ({ key: r.key ?? '', label: monthLabel(r.key ?? ''), month: r.key ?? '', count: r.count }))
    .sort((a, b) => a.key.localeCompare(b.key));
/** Day rows `{ key, label, count }` (and the deprecated `day`), oldest first. */
const dayLabel = (key: string) => (/^\d{4}-\d{2}-\d{2}$/.test(key) ? `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月${Number(key.slice(8, 10))}日` : key);
const days = async (cube: CountCube<unknown>, field: string) =>
  (await cube.countBy(field))
    .map((r) => ({ key: r.key ?? '', label: dayLabel(r.key ?? ''), day: r.key ?? '', count: r.count }))
    .sort((a, b) => a.key.localeCompare(b.key));
/** count(key) ÷ total of a dimension's rows, 0 when there is nothing to measure. */
const share = (rows: Array<{ key: string; count: number }>, numerator: readonly string[], denominator?: readonly string[]) => {
  const sum = (keys?: readonly string[]) => rows.filter((r) => !keys || keys.includes(r.key)).reduce((n, r) => n + r.count, 0);
  const whole = sum(denominator);
  return whole ? sum(numerator) / whole : 0;
};

export class DeviceStatisticsQuery {
  constructor(private readonly cube: CountCube<unknown>) {}
  total = () => this.cube.total();
  byKind = () => dimension(this.cube, 'kind', DEVICE_KINDS, L.DEVICE_KIND_LABELS);
  byStatus = () => dimension(this.cube, 'status', DEVICE_STATUSES, L.DEVICE_STATUS_LABELS);
  byPlaceKind = () => dimension(this.cube, 'placeKind', PLACE_KINDS, L.PLACE_KIND_LABELS);
  onlineRate = async () => share(await this.byStatus(), ['ONLINE']);
}

export class SensingEventStatisticsQuery {
  constructor(private readonly cube: CountCube<unknown>) {}
  total = () => this.cube.total();
  byKind = () => dimension(this.cube, 'kind', EVENT_KINDS, L.EVENT_KIND_LABELS);
  byTriage = () => dimension(this.cube, 'triage', TRIAGE_STATUSES, L.TRIAGE_STATUS_LABELS);
  byDay = () => days(this.cube, 'occurredDay');
  byMonth = () => months(this.cube, 'occurredMonth');
  escalatedCount = async () => (await this.byTriage()).find((r) => r.key === 'ESCALATED')?.count ?? 0;
  /** 误报率: dismissed ÷ triaged (dismissed or escalated). */
  falseAlarmRate = async () => share(await this.byTriage(), ['DISMISSED'], ['DISMISSED', 'ESCALATED']);
}

export class IncidentStatisticsQuery {
  constructor(private readonly cube: CountCube<unknown>) {}
  total = () => this.cube.total();
  byStatus = () => dimension(this.cube, 'status', INCIDENT_STATUSES, L.INCIDENT_STATUS_LABELS);
  bySeverity = () => dimension(this.cube, 'severity', INCIDENT_SEVERITIES, L.INCIDENT_SEVERITY_LABELS);
  bySource = () => dimension(this.cube, 'source', INCIDENT_SOURCES, L.INCIDENT_SOURCE_LABELS);
  byMonth = () => months(this.cube, 'occurredMonth');
  withDispute = async () => (await this.cube.countBy('hasDispute')).find((r) => String(r.key) === 'true')?.count ?? 0;
}

export class LostPersonStatisticsQuery {
  constructor(
    private readonly ctx: CommunitySafetyContext,
    private readonly match: FilterQuery<LostPersonCaseDoc>,
    private readonly cube: CountCube<unknown>,
  ) {}
  total = () => this.cube.total();
  byMonth = () => months(this.cube, 'reportedMonth');
  byCategory = () => dimension(this.cube, 'category', PERSON_CATEGORIES, L.PERSON_CATEGORY_LABELS);
  byStatus = () => dimension(this.cube, 'status', SEARCH_STATUSES, L.SEARCH_STATUS_LABELS);

  private foundFigures?: Promise<{ found: number; fastest: number | null; within30: number; within60: number }>;
  private figures() {
    return (this.foundFigures ??= this.ctx.models.LostPersonCase.aggregate<{ found: number; fastest: number | null; within30: number; within60: number }>([
      { $match: { ...this.match, minutesToFind: { $ne: null } } },
      {
        $group: {
          _id: null,
          found: { $sum: 1 },
          fastest: { $min: '$minutesToFind' },
          within30: { $sum: { $cond: [{ $lte: ['$minutesToFind', 30] }, 1, 0] } },
          within60: { $sum: { $cond: [{ $lte: ['$minutesToFind', 60] }, 1, 0] } },
        },
      },
    ]).then((rows) => rows[0] ?? { found: 0, fastest: null, within30: 0, within60: 0 }));
  }
  found = async () => (await this.figures()).found;
  fastestMinutesToFind = async () => (await this.figures()).fastest;
  foundWithin30MinutesRate = async () => {
    const f = await this.figures();
    return f.found ? f.within30 / f.found : 0;
  };
  foundWithin60MinutesRate = async () => {
    const f = await this.figures();
    return f.found ? f.within60 / f.found : 0;
  };
  /** The median by the database's sort (index { minutesToFind: 1 }): the middle one or two of the found cases. */
  medianMinutesToFind = async () => {
    const { found } = await this.figures();
    if (!found) return null;
    const middle = await this.ctx.models.LostPersonCase.find({ ...this.match, minutesToFind: { $ne: null } }, { minutesToFind: 1 })
      .sort({ minutesToFind: 1, _id: 1 })
      .skip(Math.floor((found - 1) / 2))
      .limit(found % 2 ? 1 : 2)
      .lean();
    return middle.reduce((sum, c) => sum + (c.minutesToFind ?? 0), 0) / middle.length;
  };
}

/** A grid's row: `{ key, label, count }` (the grid's id, twice: its name is the mediation subgraph's), findings. */
export interface GridPatrolRow {
  key: string;
  label: string;
  count: number;
  gridId: Types.ObjectId | null;
  shifts: number;
  findings: number;
}

export class PatrolStatisticsQuery {
  constructor(
    private readonly ctx: CommunitySafetyContext,
    private readonly match: FilterQuery<PatrolShiftDoc>,
    private readonly cube: CountCube<unknown>,
  ) {}
  total = () => this.cube.total();
  byKind = () => dimension(this.cube, 'kind', SHIFT_KINDS, L.SHIFT_KIND_LABELS);
  byStatus = () => dimension(this.cube, 'status', SHIFT_STATUSES, L.SHIFT_STATUS_LABELS);
  byMonth = () => months(this.cube, 'month');
  private gridRows?: Promise<GridPatrolRow[]>;
  byGrid = () =>
    (this.gridRows ??= this.ctx.models.PatrolShift.aggregate<{ _id: Types.ObjectId | null; shifts: number; findings: number }>([
      { $match: this.match },
      { $group: { _id: '$gridId', shifts: { $sum: 1 }, findings: { $sum: '$findingCount' } } },
      { $sort: { _id: 1 } },
    ]).then((rows) =>
      rows.map((r) => ({
        key: r._id?.toHexString() ?? '',
        label: r._id?.toHexString() ?? '',
        count: r.shifts,
        gridId: r._id,
        shifts: r.shifts,
        findings: r.findings,
      })),
    ));
  findings = async () => (await this.byGrid()).reduce((sum, r) => sum + r.findings, 0);
}

export const deviceStatistics = (ctx: CommunitySafetyContext, filter: DeviceFilter | null | undefined) =>
  new DeviceStatisticsQuery(new CountCube(ctx.models.Device, deviceQuery(filter)) as CountCube<unknown>);
export const sensingEventStatistics = (ctx: CommunitySafetyContext, filter: SensingEventFilter | null | undefined) =>
  new SensingEventStatisticsQuery(new CountCube(ctx.models.SensingEvent, sensingEventQuery(filter)) as CountCube<unknown>);
export const incidentStatistics = (ctx: CommunitySafetyContext, filter: IncidentFilter | null | undefined) =>
  new IncidentStatisticsQuery(new CountCube(ctx.models.Incident, incidentQuery(filter), { hasDispute: { $gt: ['$disputeId', null] } }) as CountCube<unknown>);
export function lostPersonStatistics(ctx: CommunitySafetyContext, filter: LostPersonCaseFilter | null | undefined) {
  requireSearchReader(ctx);
  const match = lostPersonCaseQuery(filter);
  return new LostPersonStatisticsQuery(ctx, match, new CountCube(ctx.models.LostPersonCase, match) as CountCube<unknown>);
}
export function patrolStatistics(ctx: CommunitySafetyContext, filter: PatrolShiftFilter | null | undefined) {
  requirePatrolReader(ctx);
  const match = patrolShiftQuery(filter);
  return new PatrolStatisticsQuery(ctx, match, new CountCube(ctx.models.PatrolShift, match) as CountCube<unknown>);
}
