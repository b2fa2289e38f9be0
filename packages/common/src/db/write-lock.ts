import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Connection, Model } from 'mongoose';
import type { Types } from 'mongoose';
import { ConflictError } from '../errors';
import { isDuplicateKeyError } from './connection';

/**
 * Serialises the writers of one document.
 *
 * FerretDB v1.24 runs `update` and `findAndModify` as a read (which evaluates the filter) followed by
 * a write-back by `_id`, in separate statements. Two conditional updates on the same document —
 * `{ _id, version: 3 }`, `{ _id, seatsLeft: { $gt: 0 } }` — can therefore both match and both write:
 * one update is lost, a seat is sold twice. MongoDB itself does not have that gap, but the code must
 * be correct on both. An insert with a duplicate `_id` is refused atomically by every engine, so a
 * lock is a document in the `write_locks` collection of the subgraph's own database whose `_id` is
 * the locked document's key: the writer that inserts it holds the lock until it deletes it.
 *
 * - Every write to a document that may race goes through `withWriteLock(model, id, …)`;
 *   `updateVersioned` takes it for you.
 * - Locks are reentrant within one async call chain (a service holding the activity's lock may call
 *   `updateVersioned` on the same activity).
 * - A lock has a lease: one left by a crashed process is taken over after `LEASE_MS`.
 * - A writer that cannot get the lock within `WAIT_MS` gets CONFLICT ("try again"), never a hang.
 */
export const WRITE_LOCKS_COLLECTION = 'write_locks';
const LEASE_MS = 30_000;
const WAIT_MS = 10_000;

const held = new AsyncLocalStorage<ReadonlySet<string>>();

interface LockDoc {
  _id: string;
  owner: string;
  expiresAt: Date;
}

function locksOf(connection: Connection) {
  if (!connection.db) throw new Error('write lock: the database connection is not open');
  return connection.db.collection<LockDoc>(WRITE_LOCKS_COLLECTION);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The key of one document: its collection and id. */
export function documentKey(model: Model<any>, id: Types.ObjectId | string): string {
  return `${model.collection.collectionName}:${typeof id === 'string' ? id : id.toHexString()}`;
}

/** Runs `fn` while holding the write lock of `key` in the database of `connection`. */
export async function withLock<T>(connection: Connection, key: string, fn: () => Promise<T>): Promise<T> {
  const mine = held.getStore();
  if (mine?.has(key)) return fn();
  const locks = locksOf(connection);
  const owner = randomUUID();
  const deadline = Date.now() + WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      await locks.insertOne({ _id: key, owner, expiresAt: new Date(Date.now() + LEASE_MS) });
      break;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    const holder = await locks.findOne({ _id: key });
    if (holder && holder.expiresAt.getTime() < Date.now()) {
      // the holder crashed: take its lease over (only that holder's lock is removed)
      await locks.deleteOne({ _id: key, owner: holder.owner });
      continue;
    }
    if (Date.now() > deadline) {
      throw new ConflictError(`${key.split(':')[0]} "${key.split(':').slice(1).join(':')}" is being changed by another request; try again`, { key });
    }
    await sleep(Math.min(50, 2 + attempt * 3) * (0.5 + Math.random()));
  }
  try {
    return await held.run(new Set([...(mine ?? []), key]), fn);
  } finally {
    await locks.deleteOne({ _id: key, owner });
  }
}

/** Runs `fn` while holding the write lock of one document of `model`. */
export function withWriteLock<T>(model: Model<any>, id: Types.ObjectId | string, fn: () => Promise<T>): Promise<T> {
  return withLock(model.db, documentKey(model, id), fn);
}
