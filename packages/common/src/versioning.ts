import type { FilterQuery, Model, UpdateQuery } from 'mongoose';
import { Types } from 'mongoose';
import sift from 'sift';
import { withWriteLock } from './db/write-lock';
import { ConflictError, NotFoundError } from './errors';

/**
 * Optimistic concurrency: every mutable document has a `version` that each write increments.
 * A write names the version it read; when someone else wrote in between, nothing changes and the
 * caller gets CONFLICT with the current version.
 */

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
 * Applies `update` to document `id` if it meets `condition` (MongoDB query semantics); returns the
 * updated document, or null when the condition does not hold or the document does not exist.
 * Under the document's write lock, read and written by `_id` alone (see `updateVersioned`). For
 * counters and flags that change without a version (seats, overdue marks).
 */
export async function updateIf<T>(model: Model<T>, id: Types.ObjectId, condition: FilterQuery<T>, update: UpdateQuery<T>): Promise<T | null> {
  return withWriteLock(model, id, async () => {
    const current = (await model.findById(id).lean().exec()) as T | null;
    if (!current || !sift(condition as Record<string, unknown>)(current)) return null;
    return (await model.findOneAndUpdate({ _id: id } as FilterQuery<T>, update, { new: true }).lean().exec()) as T | null;
  });
}

/**
 * Writes `update` to one document if it still has `expectedVersion` and meets `extraCondition`
 * (e.g. the states a transition may start from), incrementing its version; returns the new document.
 *
 * Runs under the document's write lock (on FerretDB v1.24 a conditional update alone is not atomic).
 * Since nobody else writes the document meanwhile, it is read and written by `_id` alone, and the
 * version and condition are checked here (with `sift`, MongoDB query semantics): a filter on `_id`
 * alone is the only one FerretDB v1.24 answers from an index — any other filter scans and decodes
 * the whole collection, which made every write cost O(collection).
 */
export async function updateVersioned<T extends { version: number }>(
  model: Model<T>,
  entity: string,
  id: Types.ObjectId,
  expectedVersion: number,
  update: UpdateQuery<T>,
  extraCondition: FilterQuery<T> = {},
): Promise<T> {
  const inc = { ...((update.$inc as Record<string, number>) ?? {}), version: 1 };
  return withWriteLock(model, id, async () => {
    const current = (await model.findById(id).lean().exec()) as T | null;
    if (!current) throw new NotFoundError(entity, id.toHexString());
    assertCurrentVersion(entity, id, expectedVersion, current.version);
    if (!sift(extraCondition as Record<string, unknown>)(current)) {
      throw new ConflictError(`${entity} "${id.toHexString()}" is no longer in a state this change applies to; reload and try again`, {
        entity,
        id: id.toHexString(),
      });
    }
    const updated = (await model.findOneAndUpdate({ _id: id } as FilterQuery<T>, { ...update, $inc: inc } as UpdateQuery<T>, { new: true }).lean().exec()) as T | null;
    // deletions do not take the lock: the document may be gone by now
    if (!updated) throw new NotFoundError(entity, id.toHexString());
    return updated;
  });
}
