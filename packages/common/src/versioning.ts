import type { FilterQuery, Model, UpdateQuery } from 'mongoose';
import { Types } from 'mongoose';
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

export async function updateVersioned<T extends { version: number }>(
  model: Model<T>,
  entity: string,
  id: Types.ObjectId,
  expectedVersion: number,
  update: UpdateQuery<T>,
  extraCondition: FilterQuery<T> = {},
): Promise<T> {
  const filter = { ...extraCondition, _id: id, version: expectedVersion } as FilterQuery<T>;
  const inc = { ...((update.$inc as Record<string, number>) ?? {}), version: 1 };
  // Under the document's write lock: on FerretDB a conditional update alone is not atomic.
  const updated = (await withWriteLock(model, id, () => model.findOneAndUpdate(filter, { ...update, $inc: inc } as UpdateQuery<T>, { new: true }).lean().exec())) as T | null;
  if (updated) return updated;
  const current = (await model.findById(id, { version: 1 }).lean()) as { version: number } | null;
  if (!current) throw new NotFoundError(entity, id.toHexString());
  assertCurrentVersion(entity, id, expectedVersion, current.version);
  throw new ConflictError(`${entity} "${id.toHexString()}" changed state while this write was in progress; reload and try again`, {
    entity,
    id: id.toHexString(),
  });
}
