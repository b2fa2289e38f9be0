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

/**
 * Several sums over the same documents, grouped by a field (or over all of them with `null`): one
 * `$group` per sum, run in parallel. FerretDB v1.24 computes only the first accumulator of a `$group`
 * correctly (a second one comes back as 0), so a pipeline never carries two.
 * `sums` maps an output name to `1` (count documents) or a numeric field path.
 */
export async function sumsBy<T, K extends string>(model: Model<T>, match: FilterQuery<T>, groupField: string | null, sums: Record<K, 1 | string>): Promise<Array<{ key: string | null } & Record<K, number>>> {
  const names = Object.keys(sums) as K[];
  const results = await Promise.all(
    names.map((name) => {
      const expr = sums[name];
      return model.aggregate<{ _id: unknown; value: number }>([
        { $match: match },
        { $group: { _id: groupField ? `$${groupField}` : null, value: { $sum: expr === 1 ? 1 : `$${expr}` } } },
      ]);
    }),
  );
  const rows = new Map<string, { key: string | null } & Record<K, number>>();
  names.forEach((name, i) => {
    for (const r of results[i]) {
      const key = r._id === null || r._id === undefined ? null : String(r._id);
      const row = rows.get(String(key)) ?? ({ key, ...Object.fromEntries(names.map((n) => [n, 0])) } as { key: string | null } & Record<K, number>);
      (row as Record<string, unknown>)[name] = r.value ?? 0;
      rows.set(String(key), row);
    }
  });
  return [...rows.values()].sort((a, b) => String(a.key).localeCompare(String(b.key)));
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
