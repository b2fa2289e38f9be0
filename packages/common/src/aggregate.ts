import type { FilterQuery, Model, PipelineStage } from 'mongoose';
import { Types } from 'mongoose';
import { ValidationError } from './errors';
import { monthLabel } from './stats';

/**
 * The analysts' aggregation API (`<entity>Aggregate(filter, groupBy, timeBucket)`, see
 * docs/CONVENTIONS.md): the records matching a list's filter grouped by up to three dimensions, each
 * group with its count and the entity's measures, in ONE aggregation — `$match` (the list's filter,
 * tenant-scoped by the read policy) then one `$group` carrying every accumulator. `totals` is summed
 * from the same groups, so it always equals the sum of the groups (rates and averages are recomputed
 * from the summed numerators and denominators).
 */

export type TimeBucket = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

/** A dimension read from a stored field. */
export interface FieldDimension {
  /** Stored field path (e.g. `itemId`, `status`, `location.gridId`). */
  field: string;
  /** The field holds an array: a record counts in the group of each of its values. */
  array?: boolean;
  /** The values in their declared order (an enum's declaration order); others follow, ascending. */
  order?: readonly string[];
  /** The Chinese label of a value (default: the value itself). */
  label?: (value: string) => string | undefined;
  /** Labels read from the database for the values present (e.g. community names). */
  labels?: (values: string[]) => Promise<Map<string, string>>;
  /** Label of records without a value (default 未填写). */
  missingLabel?: string;
}

/** A dimension bucketing a stored Date field by the request's `timeBucket` (China Standard Time). */
export interface TimeDimension {
  time: string;
}

export type DimensionSpec = FieldDimension | TimeDimension;

/** An aggregation expression (`'$field'`, `{ $eq: [...] }`, …). */
export type Expression = string | Record<string, unknown>;

export type MeasureSpec =
  /** Sum of a field or expression over the group's records (missing and null count as 0). */
  | { sum: Expression }
  /** Number of the group's records for which the condition is true. */
  | { countIf: Expression }
  /** countIf(numerator) ÷ countIf(denominator), in [0, 1] when the numerator implies the denominator; null when the denominator is 0. */
  | { rate: [numerator: Expression, denominator: Expression] }
  /** Average of the present numeric values; null when none. */
  | { avg: Expression };

export interface AggregateSpec<D extends string, M extends string> {
  /** The entity's GraphQL name, for error messages. */
  entity: string;
  dimensions: Record<D, DimensionSpec>;
  measures: Record<M, MeasureSpec>;
  /** At most this many groups (default 1 000); more is BAD_USER_INPUT naming `groupBy`. */
  maxGroups?: number;
  /**
   * Stages run right after the `$match` (so the read policy's scope, merged into it, applies first),
   * for fields a dimension or measure reads that are not stored on the record — e.g. a `$lookup` of the
   * enterprise's active 一企一警 assignment through its unique index. Still one aggregation.
   */
  stages?: PipelineStage[];
}

export interface AggregateArgs<D extends string> {
  groupBy?: readonly D[] | null;
  timeBucket?: TimeBucket | null;
}

export interface AggregateKeyValue<D extends string> {
  dimension: D;
  value: string | null;
  label: string;
}

export type AggregateGroup<D extends string, M extends string> = {
  keys: Array<AggregateKeyValue<D>>;
  count: number;
  /** The raw key of each grouped dimension (ids as hex strings), e.g. `recordIds.ENTERPRISE` for the group's enterprise. */
  recordIds: Partial<Record<D, string | null>>;
} & Record<M, number | null>;

export interface AggregateResult<D extends string, M extends string> {
  groups: Array<AggregateGroup<D, M>>;
  totals: AggregateGroup<D, M>;
}

export const MAX_GROUP_BY = 3;
export const DEFAULT_MAX_GROUPS = 1000;
const CHINA_OFFSET_MS = 8 * 3600_000;

function isTime(spec: DimensionSpec): spec is TimeDimension {
  return 'time' in spec;
}

/** Accumulator names per measure: every measure is made of sums, so groups add up. */
function accumulators(name: string, measure: MeasureSpec): Record<string, unknown> {
  const present = (expr: Expression) => ({ $gt: [expr, null] });
  const ifThen = (cond: Expression, value: unknown = 1) => ({ $sum: { $cond: [cond, value, 0] } });
  if ('sum' in measure) return { [`${name}__s`]: { $sum: { $ifNull: [measure.sum, 0] } } };
  if ('countIf' in measure) return { [`${name}__s`]: ifThen(measure.countIf) };
  if ('rate' in measure) return { [`${name}__n`]: ifThen(measure.rate[0]), [`${name}__d`]: ifThen(measure.rate[1]) };
  return { [`${name}__s`]: ifThen(present(measure.avg), measure.avg), [`${name}__d`]: ifThen(present(measure.avg)) };
}

function measureValue(name: string, measure: MeasureSpec, row: Record<string, number>): number | null {
  if ('sum' in measure || 'countIf' in measure) return row[`${name}__s`] ?? 0;
  const denominator = row[`${name}__d`] ?? 0;
  if (!denominator) return null;
  return ('rate' in measure ? (row[`${name}__n`] ?? 0) : (row[`${name}__s`] ?? 0)) / denominator;
}

/** The `$group` key expression of a time dimension: calendar parts of the China-time instant. */
function timeKey(field: string, bucket: TimeBucket): Record<string, unknown> {
  const shifted = { $add: [`$${field}`, CHINA_OFFSET_MS] };
  const guard = (expr: unknown) => ({ $cond: [{ $gt: [`$${field}`, null] }, expr, null] });
  const parts: Record<string, unknown> = { y: guard({ $year: shifted }) };
  if (bucket === 'QUARTER') parts.q = guard({ $ceil: { $divide: [{ $month: shifted }, 3] } });
  if (bucket === 'MONTH' || bucket === 'DAY' || bucket === 'WEEK') parts.m = guard({ $month: shifted });
  // weeks are rolled up from days here (the embedded engine has no $isoWeek): still one aggregation
  if (bucket === 'DAY' || bucket === 'WEEK') parts.d = guard({ $dayOfMonth: shifted });
  return parts;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 week of a calendar date: "2026-W09". */
export function isoWeekKey(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7; // Monday 1 … Sunday 7
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of that week decides the year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${pad(week)}`;
}

/** The key and Chinese label of a time group. */
function timeValue(
  parts: { y?: number | null; q?: number | null; m?: number | null; d?: number | null } | null,
  bucket: TimeBucket,
): { value: string | null; label: string } {
  if (!parts || parts.y === null || parts.y === undefined) return { value: null, label: '未填写' };
  const y = Number(parts.y);
  switch (bucket) {
    case 'YEAR':
      return { value: String(y), label: `${y}年` };
    case 'QUARTER':
      return { value: `${y}-Q${parts.q}`, label: `${y}年第${parts.q}季度` };
    case 'MONTH': {
      const value = `${y}-${pad(Number(parts.m))}`;
      return { value, label: monthLabel(value) };
    }
    case 'DAY':
      return { value: `${y}-${pad(Number(parts.m))}-${pad(Number(parts.d))}`, label: `${y}年${Number(parts.m)}月${Number(parts.d)}日` };
    case 'WEEK': {
      const value = isoWeekKey(y, Number(parts.m), Number(parts.d));
      return { value, label: `${value.slice(0, 4)}年第${Number(value.slice(6))}周` };
    }
  }
}

function rawString(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Types.ObjectId) return value.toHexString();
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function validateArgs<D extends string>(spec: AggregateSpec<D, string>, args: AggregateArgs<D>): D[] {
  const groupBy = [...(args.groupBy ?? [])];
  if (groupBy.length > MAX_GROUP_BY) {
    throw new ValidationError(`groupBy: at most ${MAX_GROUP_BY} dimensions, got ${groupBy.length} (${groupBy.join(', ')})`, {
      field: 'groupBy',
      value: groupBy,
    });
  }
  const seen = new Set<D>();
  for (const dimension of groupBy) {
    if (!(dimension in spec.dimensions)) {
      throw new ValidationError(`groupBy: ${String(dimension)} is not a dimension of ${spec.entity}`, { field: 'groupBy', value: dimension });
    }
    if (seen.has(dimension)) throw new ValidationError(`groupBy: ${dimension} is given twice`, { field: 'groupBy', value: groupBy });
    seen.add(dimension);
  }
  return groupBy;
}

/**
 * Groups the records of `model` matching `match` by `args.groupBy` and computes `spec.measures` per
 * group, in one aggregation. Groups are ordered by their keys: missing values first, then a
 * dimension's declared order (enums), then ascending (ids, time).
 */
export async function aggregateGroups<D extends string, M extends string>(
  model: Model<any>, // eslint-disable-line @typescript-eslint/no-explicit-any -- any document type
  match: FilterQuery<unknown>,
  spec: AggregateSpec<D, M>,
  args: AggregateArgs<D>,
): Promise<AggregateResult<D, M>> {
  const groupBy = validateArgs(spec, args);
  const bucket: TimeBucket = args.timeBucket ?? 'MONTH';
  const measureNames = Object.keys(spec.measures) as M[];

  const pipeline: PipelineStage[] = [{ $match: match }, ...(spec.stages ?? [])];
  const id: Record<string, unknown> = {};
  groupBy.forEach((dimension, i) => {
    const dim = spec.dimensions[dimension];
    if (isTime(dim)) {
      id[`k${i}`] = timeKey(dim.time, bucket);
    } else {
      if (dim.array) pipeline.push({ $unwind: { path: `$${dim.field}`, preserveNullAndEmptyArrays: true } });
      id[`k${i}`] = `$${dim.field}`;
    }
  });
  const group: Record<string, unknown> = { _id: groupBy.length ? id : null, count: { $sum: 1 } };
  for (const name of measureNames) Object.assign(group, accumulators(name, spec.measures[name]));
  pipeline.push({ $group: group } as PipelineStage);

  const rows = await model.aggregate<Record<string, unknown> & { _id: Record<string, unknown> | null; count: number }>(pipeline);

  // keys of each row (weeks: several day rows become one week row, added up)
  const merged = new Map<string, { keys: Array<AggregateKeyValue<D>>; sums: Record<string, number> }>();
  for (const row of rows) {
    const keys = groupBy.map((dimension, i): AggregateKeyValue<D> => {
      const dim = spec.dimensions[dimension];
      const raw = row._id?.[`k${i}`];
      if (isTime(dim)) return { dimension, ...timeValue(raw as never, bucket) };
      const value = rawString(raw);
      return { dimension, value, label: value === null ? (dim.missingLabel ?? '未填写') : value };
    });
    const identity = JSON.stringify(keys.map((k) => k.value));
    const sums: Record<string, number> = {};
    for (const [field, value] of Object.entries(row)) if (field !== '_id' && typeof value === 'number') sums[field] = value;
    const existing = merged.get(identity);
    if (existing) for (const [field, value] of Object.entries(sums)) existing.sums[field] = (existing.sums[field] ?? 0) + value;
    else merged.set(identity, { keys, sums });
  }
  const maxGroups = spec.maxGroups ?? DEFAULT_MAX_GROUPS;
  if (merged.size > maxGroups) {
    throw new ValidationError(
      `groupBy: ${merged.size} groups of ${spec.entity} by ${groupBy.join(', ')}, more than ${maxGroups}; narrow the filter or group by fewer dimensions`,
      {
        field: 'groupBy',
        value: groupBy,
      },
    );
  }

  // labels (synchronous ones, then those read from the database, one call per dimension)
  const entries = [...merged.values()];
  for (const [i, dimension] of groupBy.entries()) {
    const dim = spec.dimensions[dimension];
    if (isTime(dim)) continue;
    const values = [...new Set(entries.map((e) => e.keys[i].value).filter((v): v is string => v !== null))];
    const fromDb = dim.labels && values.length ? await dim.labels(values) : undefined;
    for (const entry of entries) {
      const key = entry.keys[i];
      if (key.value === null) continue;
      key.label = fromDb?.get(key.value) ?? dim.label?.(key.value) ?? key.value;
    }
  }

  const toGroup = (keys: Array<AggregateKeyValue<D>>, sums: Record<string, number>): AggregateGroup<D, M> => {
    const group = { keys, count: sums.count ?? 0, recordIds: {} as Partial<Record<D, string | null>> } as AggregateGroup<D, M>;
    for (const key of keys) group.recordIds[key.dimension] = key.value;
    for (const name of measureNames) (group as Record<string, unknown>)[name] = measureValue(name, spec.measures[name], sums);
    return group;
  };

  const rank = (i: number, value: string | null): [number, number, string] => {
    if (value === null) return [0, 0, ''];
    const dim = spec.dimensions[groupBy[i]];
    const position = !isTime(dim) && dim.order ? dim.order.indexOf(value) : -1;
    return position >= 0 ? [1, position, ''] : [2, 0, value];
  };
  entries.sort((a, b) => {
    for (let i = 0; i < groupBy.length; i++) {
      const [ra, pa, va] = rank(i, a.keys[i].value);
      const [rb, pb, vb] = rank(i, b.keys[i].value);
      if (ra !== rb) return ra - rb;
      if (pa !== pb) return pa - pb;
      if (va !== vb) return va < vb ? -1 : 1;
    }
    return 0;
  });

  const totalSums: Record<string, number> = {};
  for (const entry of entries) for (const [field, value] of Object.entries(entry.sums)) totalSums[field] = (totalSums[field] ?? 0) + value;
  const totals = toGroup([], totalSums);
  // without groupBy there is always exactly one group, the totals (also when nothing matched)
  if (!groupBy.length) return { groups: [totals], totals };
  return { groups: entries.map((e) => toGroup(e.keys, e.sums)), totals };
}
