import type { FilterQuery, Model } from 'mongoose';
import { isDuplicateKeyError } from '@pecg/common';

/**
 * Bulk loading of deterministic demo and benchmark data.
 * `seededRandom(seed)` is a small deterministic PRNG (mulberry32): the same seed gives the same data
 * on every machine. `insertInBatches` writes documents with insertMany in batches (unordered; documents
 * already present by _id are skipped, so a rerun with the same seed inserts nothing new).
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer from min to max inclusive, and one element of a list, from a seeded random source. */
export const randomInt = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

export async function insertInBatches<T>(model: Model<T>, docs: Iterable<object>, batchSize = 1000): Promise<number> {
  let inserted = 0;
  let batch: object[] = [];
  const flush = async () => {
    if (!batch.length) return;
    try {
      const result = await model.insertMany(batch, { ordered: false, lean: true, rawResult: true });
      inserted += result.insertedCount;
    } catch (error) {
      // Documents already present (duplicate _id) are skipped; any other write error is a failure.
      const writeErrors = (error as { writeErrors?: Array<{ code?: number; err?: { code?: number } }> }).writeErrors;
      if (!isDuplicateKeyError(error) || !writeErrors || writeErrors.some((e) => (e.code ?? e.err?.code) !== 11000)) throw error;
      // Count from the write errors: insertedCount is not reliable when the batch failed part-way.
      inserted += batch.length - writeErrors.length;
    }
    batch = [];
  };
  for (const doc of docs) {
    batch.push(doc);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return inserted;
}

/**
 * Loads demo documents idempotently: inserts those whose _id is missing ($setOnInsert upsert) and,
 * when `outdated` is given, rewrites demo documents that match it (left by an older version of the
 * seed, e.g. `{ version: { $exists: false } }`). A second run writes nothing. Returns the number of
 * documents inserted or rewritten.
 */
export async function upsertDemoDocuments<T>(model: Model<T>, docs: ReadonlyArray<{ _id: unknown }>, outdated?: Record<string, unknown>): Promise<number> {
  if (!docs.length) return 0;
  // Two round trips whatever the number of documents: which ids exist, then one bulk insert of the
  // rest (per-document upserts would cost a round trip each).
  const ids = docs.map((doc) => doc._id);
  const present = new Set((await model.find({ _id: { $in: ids } } as FilterQuery<T>, { _id: 1 }).lean()).map((d) => String((d as { _id: unknown })._id)));
  const inserted = await insertInBatches(
    model,
    docs.filter((doc) => !present.has(String(doc._id))),
  );
  let rewritten = 0;
  if (outdated) {
    const stale = new Set(
      (await model.find({ ...outdated, _id: { $in: ids } } as FilterQuery<T>, { _id: 1 }).lean()).map((d) => String((d as { _id: unknown })._id)),
    );
    const rewrites = docs.filter((doc) => stale.has(String(doc._id)));
    if (rewrites.length) {
      const result = await model.bulkWrite(
        rewrites.map((doc) => ({ updateOne: { filter: { ...outdated, _id: doc._id }, update: { $set: doc } } })) as Parameters<Model<T>['bulkWrite']>[0],
      );
      rewritten = result.modifiedCount;
    }
  }
  return inserted + rewritten;
}
