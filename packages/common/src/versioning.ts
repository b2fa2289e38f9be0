import type { FilterQuery, Model, UpdateQuery } from 'mongoose';
import { Types } from 'mongoose';
import { ConflictError, NotFoundError } from './errors';

/**
 * Optimistic concurrency: every mutable document has a `version` that each write increments.
 * A write names the version it read; when someone else wrote in between, nothing changes and the
 * caller gets CONFLICT with the current version.
 */
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
  const updated = (await model.findOneAndUpdate(filter, { ...update, $inc: inc } as UpdateQuery<T>, { new: true }).lean()) as T | null;
  if (updated) return updated;
  const current = (await model.findById(id, { version: 1 }).lean()) as { version: number } | null;
  if (!current) throw new NotFoundError(entity, id.toHexString());
  if (current.version !== expectedVersion) {
    throw new ConflictError(
      `${entity} "${id.toHexString()}" was changed by someone else: you sent version ${expectedVersion}, the current version is ${current.version}; reload and try again`,
      { entity, id: id.toHexString(), expectedVersion, currentVersion: current.version },
    );
  }
  throw new ConflictError(`${entity} "${id.toHexString()}" changed state while this write was in progress; reload and try again`, {
    entity,
    id: id.toHexString(),
  });
}
