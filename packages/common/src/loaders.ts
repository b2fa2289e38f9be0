import DataLoader from 'dataloader';
import type { FilterQuery, Model } from 'mongoose';
import { Types } from 'mongoose';

/**
 * DataLoaders for fetches by key. Each is created per request (in the context function), so one
 * request's entity fan-out costs one query per loader, not one per entity.
 */

/**
 * Batch size for loader reads: the whole answer in the first reply. MongoDB and FerretDB return only
 * 101 documents in a cursor's first batch by default, so a batch of related documents past that would
 * cost an extra `getMore` round trip per loader.
 */
export const LOADER_BATCH_SIZE = 10_000;

function toObjectId(key: string): Types.ObjectId | null {
  return /^[0-9a-fA-F]{24}$/.test(key) ? new Types.ObjectId(key) : null;
}

/** Loads documents by `_id`; a missing document resolves to null. */
export function byIdLoader<T extends { _id: Types.ObjectId }>(model: Model<T>, projection?: Record<string, 0 | 1>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const ids = keys.map(toObjectId).filter((id): id is Types.ObjectId => id !== null);
    // one key: `{ _id }` alone, which FerretDB v1.24 answers from its index (an `$in` scans the collection)
    const filter = ids.length === 1 ? { _id: ids[0] } : { _id: { $in: ids } };
    const docs = ids.length ? ((await model.find(filter as FilterQuery<T>, projection).batchSize(LOADER_BATCH_SIZE).lean()) as T[]) : [];
    const byId = new Map(docs.map((d) => [d._id.toHexString(), d]));
    return keys.map((k) => byId.get(k.toLowerCase()) ?? null);
  });
}

/**
 * Loads many keys through a by-id loader and keeps the documents that exist (a reference to a
 * deleted document is skipped). A failed batch is rethrown, never turned into a missing row.
 */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, keys: readonly string[]): Promise<T[]> {
  const results = await loader.loadMany(keys);
  const failure = results.find((r): r is Error => r instanceof Error);
  if (failure) throw failure;
  return results.filter((r): r is T => r !== null);
}

/** Loads documents by a unique field value (e.g. a credit code). */
export function byUniqueFieldLoader<T>(model: Model<T>, field: string): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const docs = (await model.find({ [field]: { $in: keys } } as FilterQuery<T>).batchSize(LOADER_BATCH_SIZE).lean()) as T[];
    const byKey = new Map(docs.map((d) => [String((d as Record<string, unknown>)[field]), d]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

export interface GroupLoaderOptions<T> {
  /** Extra condition every loaded document must meet (e.g. `{ endedAt: null }`). */
  where?: FilterQuery<T>;
  sort?: Record<string, 1 | -1>;
  /** Keys stored as ObjectIds (true) or strings (false). */
  objectIdKeys?: boolean;
  projection?: Record<string, 0 | 1>;
}

/** Loads every document whose `field` equals the key, grouped by key (one-to-many). */
export function groupLoader<T>(model: Model<T>, field: string, options: GroupLoaderOptions<T> = {}): DataLoader<string, T[]> {
  const objectIdKeys = options.objectIdKeys ?? true;
  return new DataLoader<string, T[]>(async (keys) => {
    const values = objectIdKeys ? keys.map(toObjectId).filter((v): v is Types.ObjectId => v !== null) : [...keys];
    const filter = { ...(options.where ?? {}), [field]: { $in: values } } as FilterQuery<T>;
    let query = model.find(filter, options.projection).batchSize(LOADER_BATCH_SIZE);
    if (options.sort) query = query.sort(options.sort);
    const docs = (await query.lean()) as T[];
    const groups = new Map<string, T[]>();
    for (const doc of docs) {
      const raw = (doc as Record<string, unknown>)[field];
      const list = Array.isArray(raw) ? raw : [raw];
      for (const value of list) {
        const key = String(value);
        const group = groups.get(key);
        if (group) group.push(doc);
        else groups.set(key, [doc]);
      }
    }
    return keys.map((k) => groups.get(objectIdKeys ? k.toLowerCase() : k) ?? []);
  });
}

/** Counts documents per key with one aggregation ($match + $group) per batch. */
export function countLoader<T>(model: Model<T>, field: string, options: Pick<GroupLoaderOptions<T>, 'where' | 'objectIdKeys'> = {}): DataLoader<string, number> {
  const objectIdKeys = options.objectIdKeys ?? true;
  return new DataLoader<string, number>(async (keys) => {
    const values = objectIdKeys ? keys.map(toObjectId).filter((v): v is Types.ObjectId => v !== null) : [...keys];
    const rows = await model.aggregate<{ _id: unknown; count: number }>([
      { $match: { ...(options.where ?? {}), [field]: { $in: values } } },
      { $group: { _id: `$${field}`, count: { $sum: 1 } } },
    ]);
    const counts = new Map(rows.map((r) => [String(r._id), r.count]));
    return keys.map((k) => counts.get(objectIdKeys ? k.toLowerCase() : k) ?? 0);
  });
}

/**
 * The `id` of an entity reference passed to `__resolveReference` (codegen types references with the
 * mapper's fields, which have `_id`, not the key field `id`).
 */
export function referenceId(reference: object): string {
  const id = (reference as { id?: unknown }).id;
  if (typeof id !== 'string') throw new TypeError('entity reference without a string id');
  return id;
}

/** An entity owned by another subgraph, known here only by its key (e.g. Enterprise in approvals). */
export interface EntityReference {
  id: string;
}
