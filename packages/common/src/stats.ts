import type { KeyCount } from './db/storage';

/**
 * Helpers for statistics: the aggregations themselves (`countBy`, `sumsBy`) are in the storage
 * adapter (db/storage.ts). Keys that statistics group by (a month key such as "2024-03") are stored
 * on the documents at write time, so a statistic is a plain `$match` + `$group`.
 */

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

/** "2024年3月" for a month key "2024-03" (the label of a month row or time group). */
export function monthLabel(key: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  return match ? `${match[1]}年${Number(match[2])}月` : key;
}

/** A month row `{ key, label, count }` of a statistic (`month` kept for the deprecated field of MonthCount). */
export function monthRow(key: string, count: number): { key: string; label: string; month: string; count: number } {
  return { key, label: monthLabel(key), month: key, count };
}
