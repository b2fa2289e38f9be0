import DataLoader from 'dataloader';
import type { Connection, FilterQuery, Model, PipelineStage, UpdateQuery } from 'mongoose';
import { Schema, Types } from 'mongoose';
import { ConflictError, NotFoundError, StateConditionError } from '../errors';
import { parseId } from '../validation';

/**
 * The storage adapter: the one place that knows how writes and aggregations reach the database.
 * Domain code calls these helpers and never names a database engine.
 *
 * - `updateVersioned`: optimistic concurrency — one atomic conditional `findOneAndUpdate` on
 *   `{ _id, version, ...condition }`; only a miss costs a second read (to tell NOT_FOUND, CONFLICT and
 *   ILLEGAL_STATE_TRANSITION apart).
 * - `updateIf`: one conditional `findOneAndUpdate` for counters and flags without a version
 *   (seats `{ seatsLeft: { $gt: 0 } }`, an overdue mark `{ overdueAt: null }`).
 * - `countBy`, `sumsBy`: statistics as one `$group` (all accumulators in the same stage).
 * - `latestPerParent*`: "the latest N children of each parent" computed in the database, at most N per
 *   parent come back.
 * - `allOf`: conditions combined into one flat filter, so an index can serve it; `anyOf`, `anyOfIds`:
 *   a filter's list condition (an empty list matches nothing).
 */

// ---------------------------------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------------------------------

/**
 * A filter's list condition, "any of these" (docs/CONVENTIONS.md): `{ $in: values }` when a list is
 * given — an empty list matches nothing, as `$in: []` does — and undefined (no condition, dropped by
 * `allOf`) when the field is absent or null. One rule in every subgraph: an empty selection never
 * silently widens a question to everything.
 */
export function anyOf<T>(values: ReadonlyArray<T> | null | undefined): { $in: T[] } | undefined {
  return values == null ? undefined : { $in: [...values] };
}

/** `anyOf` of `<record>Ids: [ID!]`: each id checked, a malformed one is BAD_USER_INPUT naming `<field>.<index>`. */
export function anyOfIds(values: ReadonlyArray<string> | null | undefined, field: string): { $in: Types.ObjectId[] } | undefined {
  return values == null ? undefined : { $in: values.map((value, i) => parseId(value, `${field}.${i}`)) };
}

/**
 * Combines conditions that must all hold into one filter: a flat object when their fields do not
 * overlap (`{ category, status, enterpriseId }`, which an index on any of the fields can serve), with
 * `$and` only for the conditions whose field is already taken.
 */
export function allOf<T = unknown>(...conditions: Array<Record<string, unknown> | null | undefined>): FilterQuery<T> {
  const flat: Record<string, unknown> = {};
  const rest: Array<Record<string, unknown>> = [];
  for (const condition of conditions) {
    if (!condition) continue;
    for (const [field, value] of Object.entries(condition)) {
      if (value === undefined) continue;
      if (field === '$and' && Array.isArray(value)) rest.push(...(value as Array<Record<string, unknown>>));
      else if (field in flat) rest.push({ [field]: value });
      else flat[field] = value;
    }
  }
  if (rest.length) flat.$and = rest;
  return flat as FilterQuery<T>;
}

// ---------------------------------------------------------------------------------------------------
// Conditional writes
// ---------------------------------------------------------------------------------------------------

/**
 * Refuses early when the caller acted on an older version than the one just read, so a stale
 * writer gets CONFLICT (reload and try again) rather than an error about the state the other
 * writer produced.
 */
export function assertCurrentVersion(entity: string, id: Types.ObjectId, expectedVersion: number, currentVersion: number): void {
  if (currentVersion === expectedVersion) return;
  throw new ConflictError(
    `${entity} "${id.toHexString()}" was changed by someone else: you sent version ${expectedVersion}, the current version is ${currentVersion}; reload and try again`,
    { entity, id: id.toHexString(), expectedVersion, currentVersion },
  );
}

/**
 * Applies `update` to document `id` if it meets `condition` (MongoDB query semantics), in one atomic
 * conditional `findOneAndUpdate`; returns the updated document, or null when the condition does not
 * hold or the document does not exist. For counters and flags that change without a version
 * (seats, overdue marks, feedback sums): `updateIf(Activity, id, { seatsLeft: { $gt: 0 } }, { $inc: { seatsLeft: -1 } })`.
 */
export async function updateIf<T>(model: Model<T>, id: Types.ObjectId, condition: FilterQuery<T>, update: UpdateQuery<T>): Promise<T | null> {
  return (await model
    .findOneAndUpdate({ ...condition, _id: id } as FilterQuery<T>, update, { new: true })
    .lean()
    .exec()) as T | null;
}

/**
 * Writes `update` to one document if it still has `expectedVersion` and meets `condition` (e.g. the
 * states a transition may start from), incrementing its version; returns the new document.
 *
 * One round trip: `findOneAndUpdate({ _id, version: expectedVersion, ...condition }, { ...update, $inc: { version: 1 } })`.
 * Only when nothing matched, one read by `_id` tells why:
 * - the document does not exist → NOT_FOUND;
 * - its version is not `expectedVersion` → CONFLICT (names the expected and the current version);
 * - it has that version but does not meet `condition` → ILLEGAL_STATE_TRANSITION ("no longer in a
 *   state this change applies to", naming its `status` when it has one).
 */
export async function updateVersioned<T extends { version: number }>(
  model: Model<T>,
  entity: string,
  id: Types.ObjectId,
  expectedVersion: number,
  update: UpdateQuery<T>,
  condition: FilterQuery<T> = {},
  options: UpdateVersionedOptions<T> = {},
): Promise<T> {
  const inc = { ...((update.$inc as Record<string, number>) ?? {}), version: 1 };
  const filter = { ...condition, _id: id, version: expectedVersion } as FilterQuery<T>;
  const updated = (await model
    .findOneAndUpdate(filter, { ...update, $inc: inc } as UpdateQuery<T>, { new: true })
    .lean()
    .exec()) as T | null;
  if (updated) return updated;
  // the miss path: one read tells apart why nothing matched
  const current = (await model
    .findById(id, options.notApplicable ? undefined : { version: 1, status: 1 })
    .lean()
    .exec()) as (T & { status?: unknown }) | null;
  if (!current) throw new NotFoundError(entity, id.toHexString());
  assertCurrentVersion(entity, id, expectedVersion, current.version);
  options.notApplicable?.(current);
  throw new StateConditionError(entity, id.toHexString(), typeof current.status === 'string' ? current.status : undefined);
}

export interface UpdateVersionedOptions<T> {
  /**
   * Called on the miss path with the current document when it has the expected version but does not
   * meet the condition; throws the domain's own error (e.g. `machine.assert(id, current.status, to)`
   * for the life cycle's ILLEGAL_STATE_TRANSITION message). Lets a service write without reading
   * first: the write's condition does the check, this explains a refusal.
   */
  notApplicable?: (current: T) => void;
}

// ---------------------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------------------

/**
 * Statistics computed in the database: `$match` + one `$group` + `$sort`. Keys that statistics group
 * by (a month key such as "2024-03") are stored on the documents at write time.
 */
export interface KeyCount {
  key: string | null;
  count: number;
}

/** Counts the documents matching `match`, grouped by `field`, ordered by key. */
export async function countBy<T>(model: Model<T>, match: FilterQuery<T>, field: string): Promise<KeyCount[]> {
  const pipeline: PipelineStage[] = [{ $match: match }, { $group: { _id: `$${field}`, count: { $sum: 1 } } }, { $sort: { _id: 1 } }];
  const rows = await model.aggregate<{ _id: string | null; count: number }>(pipeline);
  return rows.map((r) => ({ key: r._id ?? null, count: r.count }));
}

/**
 * Several sums over the same documents, grouped by a field (or over all of them with `null`), in one
 * `$group` carrying every accumulator. `sums` maps an output name to `1` (count documents) or a
 * numeric field path. Rows are ordered by key.
 */
export async function sumsBy<T, K extends string>(
  model: Model<T>,
  match: FilterQuery<T>,
  groupField: string | null,
  sums: Record<K, 1 | string>,
): Promise<Array<{ key: string | null } & Record<K, number>>> {
  const names = Object.keys(sums) as K[];
  const accumulators = Object.fromEntries(names.map((name, i) => [`s${i}`, { $sum: sums[name] === 1 ? 1 : `$${sums[name]}` }]));
  const rows = await model.aggregate<Record<string, unknown>>([{ $match: match }, { $group: { _id: groupField ? `$${groupField}` : null, ...accumulators } }]);
  return rows
    .map((r) => {
      const key = r._id === null || r._id === undefined ? null : String(r._id);
      return { key, ...Object.fromEntries(names.map((name, i) => [name, Number(r[`s${i}`] ?? 0)])) } as { key: string | null } & Record<K, number>;
    })
    .sort((a, b) => String(a.key).localeCompare(String(b.key)));
}

// ---------------------------------------------------------------------------------------------------
// Latest N per parent
// ---------------------------------------------------------------------------------------------------

/**
 * How "the latest N per parent" is computed:
 * - `topN`: `$group` with the `$topN` accumulator (MongoDB 5.2 and later);
 * - `pushSlice`: `$sort` → `$group` with `$push` → `$project` with `$slice` (every server).
 * Both return the same documents in the same order.
 */
export type LatestStrategy = 'topN' | 'pushSlice';

/** Internal field holding the parent key of an array-valued parent field (removed from results). */
const PARENT_KEY = '__parentKey';

export interface LatestPipelineOptions {
  /** The field naming the parent (e.g. `enterpriseId`); may hold an array of parents (multikey). */
  parentField: string;
  /** Parent keys, already in their stored type (ObjectIds or strings). */
  keys: readonly unknown[];
  /** At most this many documents per parent. */
  n: number;
  /** Order within a parent, first = latest; `_id` is appended as the tie-breaker when absent. */
  sort: Record<string, 1 | -1>;
  /** Extra condition every returned document must meet (e.g. `{ status: 'CONFIRMED' }`). */
  where?: Record<string, unknown>;
  /** Inclusion projection of the returned documents (the sort keys and the parent field are kept). */
  projection?: Record<string, 0 | 1>;
  /** Whether `parentField` holds an array of parent keys (one document may belong to several parents). */
  multikey?: boolean;
  strategy: LatestStrategy;
}

/** The sort with `_id` as the last key (same direction as the last given key), so results are total. */
export function withIdTieBreaker(sort: Record<string, 1 | -1>): Record<string, 1 | -1> {
  if ('_id' in sort) return sort;
  const directions = Object.values(sort);
  return { ...sort, _id: directions.length ? directions[directions.length - 1] : 1 };
}

/**
 * The aggregation pipeline returning, for each parent key, `{ _id: <key>, docs: [at most n documents] }`
 * ordered by `sort`. It starts with `$match { parent: { $in: keys }, ...where }`, so an index leading
 * with the parent field serves it.
 */
export function latestPerParentPipeline(options: LatestPipelineOptions): PipelineStage[] {
  const { parentField, keys, n, where = {}, multikey = false, strategy } = options;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`latestPerParentPipeline: n must be a positive integer, got ${n}`);
  const sort = withIdTieBreaker(options.sort);
  const pipeline: PipelineStage[] = [{ $match: { ...where, [parentField]: { $in: [...keys] } } }];
  if (options.projection && Object.values(options.projection).some((v) => v === 1)) {
    const keep: Record<string, 0 | 1> = { ...options.projection, [parentField]: 1 };
    for (const field of Object.keys(sort)) keep[field] = 1;
    pipeline.push({ $project: keep });
  } else if (options.projection) {
    pipeline.push({ $project: options.projection });
  }
  let groupField = parentField;
  if (multikey) {
    // one copy per parent the document belongs to, kept only for the requested parents
    pipeline.push({ $addFields: { [PARENT_KEY]: `$${parentField}` } }, { $unwind: `$${PARENT_KEY}` }, { $match: { [PARENT_KEY]: { $in: [...keys] } } });
    groupField = PARENT_KEY;
  }
  if (strategy === 'topN') {
    pipeline.push({ $group: { _id: `$${groupField}`, docs: { $topN: { n, sortBy: sort, output: '$$ROOT' } } } } as PipelineStage);
  } else {
    // parent first: the order of an index { parent: 1, <sort key> } (and the same order within a parent)
    pipeline.push(
      { $sort: { [groupField]: 1, ...sort } },
      { $group: { _id: `$${groupField}`, docs: { $push: '$$ROOT' } } },
      { $project: { docs: { $slice: ['$docs', n] } } },
    );
  }
  return pipeline;
}

const strategies = new WeakMap<Connection, Promise<LatestStrategy>>();
const overrides = new WeakMap<Connection, LatestStrategy>();

/**
 * Detects once per connection which strategy the server supports: `topN` on a MongoDB server of
 * version 5.2 or later, `pushSlice` otherwise (cached; `connectDatabase` detects it at connect time).
 */
export function latestStrategyOf(connection: Connection): Promise<LatestStrategy> {
  const forced = overrides.get(connection);
  if (forced) return Promise.resolve(forced);
  let detected = strategies.get(connection);
  if (!detected) {
    detected = detectStrategy(connection);
    strategies.set(connection, detected);
  }
  return detected;
}

async function detectStrategy(connection: Connection): Promise<LatestStrategy> {
  try {
    if (!connection.db) await connection.asPromise();
    const info = (await connection.db!.admin().command({ buildInfo: 1 })) as { versionArray?: number[]; gitVersion?: unknown };
    const [major = 0, minor = 0] = info.versionArray ?? [];
    // a real mongod reports its git revision; embedded engines that imitate a version do not
    const mongod = typeof info.gitVersion === 'string' && info.gitVersion.length > 0;
    return mongod && (major > 5 || (major === 5 && minor >= 2)) ? 'topN' : 'pushSlice';
  } catch {
    return 'pushSlice';
  }
}

/** Forces a strategy on one connection (tests run both on MongoDB and compare); `undefined` detects again. */
export function setLatestStrategy(connection: Connection, strategy: LatestStrategy | undefined): void {
  if (strategy) overrides.set(connection, strategy);
  else {
    overrides.delete(connection);
    strategies.delete(connection);
  }
}

export interface LatestPerParentOptions<T> {
  /** Order within a parent, first = latest (`_id` is appended as the tie-breaker). */
  sort: Record<string, 1 | -1>;
  where?: FilterQuery<T>;
  projection?: Record<string, 0 | 1>;
  /** Keys stored as ObjectIds (default: from the schema type of the parent field). */
  objectIdKeys?: boolean;
  /** Whether the parent field holds an array (default: from the schema). */
  multikey?: boolean;
  /** Forces a strategy for this call (default: the connection's, see `latestStrategyOf`). */
  strategy?: LatestStrategy;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any document type: only the schema is read
function fieldShape(model: Model<any>, field: string): { objectId: boolean; array: boolean } {
  const path = model.schema.path(field) as (Schema.Types.Array & { caster?: { instance?: string } }) | { instance?: string } | undefined;
  if (!path) return { objectId: false, array: false };
  if (path instanceof Schema.Types.Array) return { objectId: path.caster?.instance === 'ObjectId', array: true };
  return { objectId: path.instance === 'ObjectId', array: false };
}

function toObjectId(key: string): Types.ObjectId | null {
  return /^[0-9a-fA-F]{24}$/.test(key) ? new Types.ObjectId(key) : null;
}

/**
 * The latest `n` documents of each parent in `keys` (as strings: ObjectId hex or plain values), in
 * one aggregation; returns a map from key (hex lower-case for ObjectIds) to at most `n` documents.
 */
export async function latestPerParent<T>(
  model: Model<T>,
  parentField: string,
  keys: readonly string[],
  n: number,
  options: LatestPerParentOptions<T>,
): Promise<Map<string, T[]>> {
  const shape = fieldShape(model, parentField);
  const objectIdKeys = options.objectIdKeys ?? shape.objectId;
  const values = objectIdKeys ? keys.map(toObjectId).filter((v): v is Types.ObjectId => v !== null) : [...new Set(keys)];
  const result = new Map<string, T[]>();
  if (!values.length) return result;
  const strategy = options.strategy ?? (await latestStrategyOf(model.db));
  const multikey = options.multikey ?? shape.array;
  const pipeline = latestPerParentPipeline({
    parentField,
    keys: values,
    n,
    sort: options.sort,
    where: options.where as Record<string, unknown>,
    projection: options.projection,
    multikey,
    strategy,
  });
  const rows = await model.aggregate<{ _id: unknown; docs: Array<T & { [PARENT_KEY]?: unknown }> }>(pipeline);
  for (const row of rows) {
    if (multikey) for (const doc of row.docs) delete doc[PARENT_KEY];
    result.set(String(row._id), row.docs);
  }
  return result;
}

/** Loads the latest N children of a parent; `load(parentId, n)` calls of one tick share one aggregation. */
export interface LatestPerParentLoader<T> {
  load(parentId: string, n: number): Promise<T[]>;
  clearAll(): void;
}

/**
 * A per-request DataLoader of "the latest N per parent" (e.g. an enterprise's 5 latest applications
 * for every enterprise of a page): one aggregation per batch, computed in the database with the
 * largest N asked for in the batch and cut to each caller's N. Keys are `parent + n`, so two fields
 * asking for different N never share a cached answer.
 */
export function latestPerParentLoader<T>(model: Model<T>, parentField: string, options: LatestPerParentOptions<T>): LatestPerParentLoader<T> {
  const objectIdKeys = options.objectIdKeys ?? fieldShape(model, parentField).objectId;
  const normal = (id: string) => (objectIdKeys ? id.toLowerCase() : id);
  const loader = new DataLoader<{ id: string; n: number }, T[], string>(
    async (requests) => {
      const n = Math.max(...requests.map((r) => r.n));
      const byParent = await latestPerParent(model, parentField, [...new Set(requests.map((r) => normal(r.id)))], n, { ...options, objectIdKeys });
      return requests.map((r) => (byParent.get(normal(r.id)) ?? []).slice(0, r.n));
    },
    { cacheKeyFn: (r) => `${normal(r.id)}:${r.n}` },
  );
  return {
    load: (parentId, n) => loader.load({ id: parentId, n }),
    clearAll: () => void loader.clearAll(),
  };
}

// ---------------------------------------------------------------------------------------------------
// Counts by several dimensions in one pass
// ---------------------------------------------------------------------------------------------------

interface CubeBatch {
  fields: string[];
  sealed: boolean;
  rows: Promise<Array<{ values: unknown[]; count: number }>>;
}

/** Identity of a group key value (ObjectIds by value). */
function keyId(value: unknown): string {
  return value === null || value === undefined ? 'null' : `${typeof value}:${String(value)}`;
}

/** Order of keys as `$sort: { _id: 1 }` orders these values: null first, then numbers, strings, other values (ObjectIds), booleans, dates. */
function compareKeys(a: unknown, b: unknown): number {
  const rank = (v: unknown) =>
    v === null ? 0 : typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : typeof v === 'boolean' ? 4 : v instanceof Date ? 5 : 3;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return 0;
  if (ra === 1) return (a as number) - (b as number);
  if (ra === 5) return (a as Date).getTime() - (b as Date).getTime();
  const sa = ra === 4 ? String(Number(a)) : String(a);
  const sb = rb === 4 ? String(Number(b)) : String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/**
 * Counts of the documents matching one filter by several fields, in as few passes as possible: the
 * dimensions asked for in the same tick (the fields of one GraphQL statistics object resolve
 * together) share one aggregation, `$match` + one `$group` over the compound key of all of them — a
 * small "cube" of counts, summed here per dimension — instead of one aggregation (one pass over the
 * documents) per dimension. A dimension asked for after that aggregation started gets one of its own.
 * `countBy` and `total` answer exactly what `countBy(model, match, field)` and `countDocuments(match)` would.
 */
export class CountCube<T> {
  private readonly batches: CubeBatch[] = [];
  /**
   * `computed`: named keys that are aggregation expressions rather than stored fields, e.g.
   * `{ decided: { $gt: ['$decidedAt', null] } }` — true exactly where `{ decidedAt: { $ne: null } }`
   * matches (a missing field and null sort below every value) — so a count by a condition shares the pass.
   */
  constructor(
    private readonly model: Model<T>,
    private readonly match: FilterQuery<T>,
    private readonly computed: Record<string, unknown> = {},
  ) {}

  private batchWith(fields: readonly string[]): CubeBatch {
    const covering = this.batches.find((b) => fields.every((f) => b.fields.includes(f)));
    if (covering) return covering;
    let open = this.batches.find((b) => !b.sealed);
    if (!open) {
      const batch: CubeBatch = { fields: [], sealed: false, rows: undefined as never };
      batch.rows = new Promise((resolve) => process.nextTick(resolve)).then(() => {
        batch.sealed = true;
        return this.run(batch.fields);
      });
      this.batches.push(batch);
      open = batch;
    }
    for (const f of fields) if (!open.fields.includes(f)) open.fields.push(f);
    return open;
  }

  private async run(fields: readonly string[]): Promise<Array<{ values: unknown[]; count: number }>> {
    const key = fields.length
      ? Object.fromEntries(fields.map((f, i) => [`k${i}`, Object.prototype.hasOwnProperty.call(this.computed, f) ? this.computed[f] : `$${f}`]))
      : null;
    const rows = await this.model.aggregate<{ _id: Record<string, unknown> | null; count: number }>([
      { $match: this.match },
      { $group: { _id: key, count: { $sum: 1 } } },
    ]);
    return rows.map((r) => ({ values: fields.map((_f, i) => r._id?.[`k${i}`] ?? null), count: r.count }));
  }

  /** Documents matching the filter (`countDocuments(match)`). */
  async total(): Promise<number> {
    const rows = await this.batchWith([]).rows;
    return rows.reduce((sum, r) => sum + r.count, 0);
  }

  /**
   * The counts by exactly these fields (summed over any other field of the shared aggregation), in no
   * particular order; a missing field is null, as in a `$group` key.
   */
  async cells(fields: readonly string[]): Promise<Array<{ values: unknown[]; count: number }>> {
    const batch = this.batchWith(fields);
    const rows = await batch.rows;
    const at = fields.map((f) => batch.fields.indexOf(f));
    if (at.length === batch.fields.length && at.every((position, i) => position === i)) return rows;
    const merged = new Map<string, { values: unknown[]; count: number }>();
    for (const row of rows) {
      const values = at.map((i) => row.values[i]);
      const id = values.map(keyId).join('\u0000');
      const cell = merged.get(id);
      if (cell) cell.count += row.count;
      else merged.set(id, { values, count: row.count });
    }
    return [...merged.values()];
  }

  /**
   * Counts grouped by `field`, ordered by key (`countBy(model, match, field)`); `where`: only the
   * documents whose fields equal these values (e.g. `{ resolved: true }`), as if added to the match.
   */
  async countBy(field: string, where: Record<string, string | number | boolean | null> = {}): Promise<KeyCount[]> {
    const conditions = Object.entries(where);
    const cells = await this.cells([field, ...conditions.map(([f]) => f)]);
    const counts = new Map<string, { key: unknown; count: number }>();
    for (const cell of cells) {
      if (!conditions.every(([, value], i) => cell.values[i + 1] === value)) continue;
      const key = cell.values[0];
      const id = keyId(key);
      const entry = counts.get(id);
      if (entry) entry.count += cell.count;
      else counts.set(id, { key, count: cell.count });
    }
    return [...counts.values()].sort((a, b) => compareKeys(a.key, b.key)).map((e) => ({ key: e.key as string | null, count: e.count }));
  }
}
