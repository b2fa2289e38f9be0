import DataLoader from 'dataloader';
import type { FilterQuery, Model } from 'mongoose';
import { Types } from 'mongoose';
import { maySeeEnterprise } from './read-policy';

/**
 * DataLoaders for fetches by key. Each is created per request (in the context function), so one
 * request's entity fan-out costs one query per loader, not one per entity. "The latest N children of
 * each parent" is `latestPerParentLoader` in the storage adapter (db/storage.ts): never load a whole
 * child set to slice it in Node.
 */

/**
 * Batch size for loader reads: the whole answer in the first reply. A cursor's first batch holds only
 * 101 documents by default, so a batch of related documents past that would cost an extra `getMore`
 * round trip per loader.
 */
export const LOADER_BATCH_SIZE = 10_000;

function toObjectId(key: string): Types.ObjectId | null {
  return /^[0-9a-fA-F]{24}$/.test(key) ? new Types.ObjectId(key) : null;
}

/** Loads documents by `_id`; a missing document resolves to null. */
export function byIdLoader<T extends { _id: Types.ObjectId }>(model: Model<T>, projection?: Record<string, 0 | 1>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const ids = keys.map(toObjectId).filter((id): id is Types.ObjectId => id !== null);
    const docs = ids.length
      ? ((await model
          .find({ _id: { $in: ids } } as FilterQuery<T>, projection)
          .batchSize(LOADER_BATCH_SIZE)
          .lean()) as T[])
      : [];
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
    const docs = (await model
      .find({ [field]: { $in: keys } } as FilterQuery<T>)
      .batchSize(LOADER_BATCH_SIZE)
      .lean()) as T[];
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
export function countLoader<T>(
  model: Model<T>,
  field: string,
  options: Pick<GroupLoaderOptions<T>, 'where' | 'objectIdKeys'> = {},
): DataLoader<string, number> {
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
 * The distinct values of `valueField` among the documents of each key (e.g. the activities an
 * enterprise's people attended, from its registrations), deduplicated in the database by one
 * `$group` per batch; values come back as strings in no particular order.
 */
export function distinctValuesLoader<T>(
  model: Model<T>,
  field: string,
  valueField: string,
  options: Pick<GroupLoaderOptions<T>, 'where' | 'objectIdKeys'> = {},
): DataLoader<string, string[]> {
  const objectIdKeys = options.objectIdKeys ?? true;
  return new DataLoader<string, string[]>(async (keys) => {
    const values = objectIdKeys ? keys.map(toObjectId).filter((v): v is Types.ObjectId => v !== null) : [...keys];
    const rows = await model.aggregate<{ _id: { key: unknown; value: unknown } }>([
      { $match: { ...(options.where ?? {}), [field]: { $in: values } } },
      { $group: { _id: { key: `$${field}`, value: `$${valueField}` } } },
    ]);
    const groups = new Map<string, string[]>();
    for (const { _id } of rows) {
      const key = String(_id.key);
      const list = groups.get(key);
      if (list) list.push(String(_id.value));
      else groups.set(key, [String(_id.value)]);
    }
    return keys.map((k) => groups.get(objectIdKeys ? k.toLowerCase() : k) ?? []);
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

/**
 * A reference to an enterprise, or null when READ_POLICY does not let the caller see it — the one rule
 * for Enterprise references in every subgraph that extends or points at Enterprise: for an ENTERPRISE
 * caller another enterprise does not exist, as in the enterprises subgraph that owns it.
 */
export function enterpriseReference(id: Types.ObjectId | string | null | undefined): EntityReference | null {
  if (!id) return null;
  const hex = String(id);
  return maySeeEnterprise(hex, 'enterprise') ? { id: hex } : null;
}

/** The references among `ids` the caller may see (a nested list is shorter, never a leak). */
export function enterpriseReferences(ids: ReadonlyArray<Types.ObjectId | string> | null | undefined): EntityReference[] {
  return (ids ?? []).map(enterpriseReference).filter((ref): ref is EntityReference => ref !== null);
}

/** `Enterprise.__resolveReference` of a subgraph that extends Enterprise: the reference, or null when the caller may not see it. */
export function resolveEnterpriseReference(reference: object): EntityReference | null {
  return enterpriseReference(referenceId(reference));
}

/**
 * A family of per-request loaders, one per argument value (e.g. one per status filter), made on first
 * use: a field argument that narrows a child list (`serviceNeeds(status: OPEN)`) becomes part of the
 * database query instead of a filter over the whole child set in Node.
 */
export function loaderFamily<A, L>(make: (argument: A) => L): (argument: A) => L {
  const made = new Map<string, L>();
  return (argument) => {
    const key = JSON.stringify(argument ?? null);
    let loader = made.get(key);
    if (!loader) made.set(key, (loader = make(argument)));
    return loader;
  };
}

interface CachedDocument {
  doc: unknown;
  expires: number;
}
const referenceCaches = new WeakMap<object, Map<string, CachedDocument>>();

/**
 * A by-id loader for reference data that changes only with a deployment or a seed (e.g. the
 * catalogue of approval items): documents found are shared by every request of the process for
 * `ttlMs`, so a write that needs one (an application's item) costs no read; ids not found always ask
 * the database. The shared documents must be treated as read-only.
 */
export function referenceDataLoader<T extends { _id: Types.ObjectId }>(model: Model<T>, ttlMs = 60_000): DataLoader<string, T | null> {
  let cache = referenceCaches.get(model);
  if (!cache) referenceCaches.set(model, (cache = new Map()));
  const shared = cache;
  return new DataLoader<string, T | null>(async (keys) => {
    const now = Date.now();
    const wanted = keys.map((k) => k.toLowerCase());
    const missing = [...new Set(wanted.filter((k) => !((shared.get(k)?.expires ?? 0) > now)))];
    const ids = missing.map(toObjectId).filter((id): id is Types.ObjectId => id !== null);
    if (ids.length) {
      const docs = (await model
        .find({ _id: { $in: ids } } as FilterQuery<T>)
        .batchSize(LOADER_BATCH_SIZE)
        .lean()) as T[];
      for (const doc of docs) shared.set(doc._id.toHexString(), { doc, expires: now + ttlMs });
    }
    return wanted.map((k) => {
      const hit = shared.get(k);
      return hit && hit.expires > now ? (hit.doc as T) : null;
    });
  });
}

const MODELS = Symbol('models');

/**
 * The per-request loaders of a subgraph, each made on first use: a request builds one small object,
 * not every DataLoader of the subgraph (most requests use two or three of them). The getters live on
 * a prototype made once per factory set; the first access of a loader stores it on the request's object.
 * `const makeLoaders = lazyLoaders({ byId: (models: M) => byIdLoader(models.X), … })`, then `makeLoaders(models)` per request.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- factories take each subgraph's own models type (a parameter: `unknown` would reject them)
export function lazyLoaders<F extends Record<string, (models: any) => unknown>>(
  factories: F,
): (models: Parameters<F[keyof F]>[0]) => { readonly [K in keyof F]: ReturnType<F[K]> } {
  type M = Parameters<F[keyof F]>[0];
  class Loaders {
    readonly [MODELS]: M;
    constructor(models: M) {
      this[MODELS] = models;
    }
  }
  for (const [name, make] of Object.entries(factories)) {
    Object.defineProperty(Loaders.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: Loaders) {
        const loader = make(this[MODELS]);
        Object.defineProperty(this, name, { value: loader, enumerable: true, configurable: false, writable: false });
        return loader;
      },
    });
  }
  return (models) => new Loaders(models) as unknown as { readonly [K in keyof F]: ReturnType<F[K]> };
}
