import type { FilterQuery, Model, PipelineStage } from 'mongoose';

/**
 * Statistics computed in the database with the aggregation stages every supported engine has
 * ($match, $group with $sum, $sort). Keys that statistics group by (a month key such as "2024-03")
 * are stored on the documents at write time, because FerretDB v1.24 has no date operators.
 */
export interface KeyCount {
  key: string | null;
  count: number;
}

export async function countBy<T>(model: Model<T>, match: FilterQuery<T>, field: string): Promise<KeyCount[]> {
  const pipeline: PipelineStage[] = [{ $match: match }, { $group: { _id: `$${field}`, count: { $sum: 1 } } }, { $sort: { _id: 1 } }];
  const rows = await model.aggregate<{ _id: string | null; count: number }>(pipeline);
  return rows.map((r) => ({ key: r._id ?? null, count: r.count }));
}

/** Sum of a numeric field grouped by another field. */
export async function sumBy<T>(model: Model<T>, match: FilterQuery<T>, field: string, sumField: string): Promise<Array<KeyCount & { sum: number }>> {
  const rows = await model.aggregate<{ _id: string | null; count: number; sum: number }>([
    { $match: match },
    { $group: { _id: `$${field}`, count: { $sum: 1 }, sum: { $sum: `$${sumField}` } } },
    { $sort: { _id: 1 } },
  ]);
  return rows.map((r) => ({ key: r._id ?? null, count: r.count, sum: r.sum }));
}

/** Fills in zero counts for every enum value so analysts always get the full dimension. */
export function completeDimension<K extends string>(rows: KeyCount[], keys: readonly K[]): Array<{ key: K; count: number }> {
  const byKey = new Map(rows.map((r) => [r.key, r.count]));
  return keys.map((key) => ({ key, count: byKey.get(key) ?? 0 }));
}

/** "2024-03" for a date, in China Standard Time (UTC+8), the park's calendar. */
export function monthKey(date: Date): string {
  const shifted = new Date(date.getTime() + 8 * 3600_000);
  return `${shifted.getUTCFullYear()}-${String(shifted.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** "2024-03-05" for a date, in China Standard Time. */
export function dayKey(date: Date): string {
  const shifted = new Date(date.getTime() + 8 * 3600_000);
  return shifted.toISOString().slice(0, 10);
}
