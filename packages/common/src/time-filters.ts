import { ValidationError } from './errors';

/**
 * The time conditions of the analysts' contract (docs/CONVENTIONS.md), one implementation for every
 * subgraph: `months` (YYYY-MM, China Standard Time) and a `<event>From` (inclusive) / `<event>Before`
 * (exclusive) range on an entity's main timestamp. Bad input is BAD_USER_INPUT naming the field and value.
 */

/** A month key, YYYY-MM. */
export const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** At most ten years of month keys in one filter. */
export const MAX_FILTER_MONTHS = 120;
/** China Standard Time is UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** A date-time argument as a Date; anything that is not one is BAD_USER_INPUT naming the field. */
export function filterInstant(value: unknown, field: string): Date {
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new ValidationError(`${field}: must be an ISO 8601 date-time (got ${JSON.stringify(value)})`, { field, value });
  return date;
}

/** One month key, checked (YYYY-MM): a malformed one is BAD_USER_INPUT naming `field` and the key. */
export function checkedMonth(key: string, field: string): string {
  if (!MONTH_KEY.test(key)) throw new ValidationError(`${field}: "${key}" is not a month YYYY-MM`, { field, value: key });
  return key;
}

/**
 * The month keys of a filter, checked (YYYY-MM, at most 120) and without repeats; null when the field
 * is absent or null (no condition), [] for an empty list (which matches nothing, as every list
 * condition does). A malformed key is BAD_USER_INPUT naming `<field>.<index>` and the key.
 */
export function monthKeys(months: ReadonlyArray<string> | null | undefined, field: string): string[] | null {
  if (months == null) return null;
  if (months.length > MAX_FILTER_MONTHS)
    throw new ValidationError(`${field}: at most ${MAX_FILTER_MONTHS} months (got ${months.length})`, { field, value: months.length });
  months.forEach((month, i) => checkedMonth(month, `${field}.${i}`));
  return [...new Set(months)];
}

/** [start, end) of a (checked) month key in China Standard Time, as a mongo range. */
export function monthRange(key: string): { $gte: Date; $lt: Date } {
  const [, year, month] = MONTH_KEY.exec(key)!;
  return {
    $gte: new Date(Date.UTC(Number(year), Number(month) - 1, 1) - CHINA_OFFSET_MS),
    $lt: new Date(Date.UTC(Number(year), Number(month), 1) - CHINA_OFFSET_MS),
  };
}

/**
 * `path` in one of the months, as [start, end) ranges of the timestamp (its index serves them; no
 * month: nothing matches); for
 * entities that store the month key at write time, `{ <month key>: { $in: keys } }` is simpler.
 */
export function inMonths(path: string, months: ReadonlyArray<string> | null | undefined): Record<string, unknown> | null {
  if (months == null) return null;
  if (months.length === 0) return { [path]: { $in: [] } };
  return months.length === 1 ? { [path]: monthRange(months[0]) } : { $or: months.map((m) => ({ [path]: monthRange(m) })) };
}

/**
 * A `…From` (inclusive) / `…Before` (exclusive) range on one timestamp as a mongo condition, null when
 * neither is given; a from after its before is BAD_USER_INPUT naming the from field (an empty range is
 * no question to ask).
 */
export function timeRange(from: unknown, before: unknown, fromField: string, beforeField: string): { $gte?: Date; $lt?: Date } | null {
  const range: { $gte?: Date; $lt?: Date } = {};
  if (from != null && from !== '') range.$gte = filterInstant(from, fromField);
  if (before != null && before !== '') range.$lt = filterInstant(before, beforeField);
  if (range.$gte && range.$lt && range.$gte > range.$lt) {
    throw new ValidationError(`${fromField}: must not be after ${beforeField} (got ${range.$gte.toISOString()} > ${range.$lt.toISOString()})`, {
      field: fromField,
      value: range.$gte.toISOString(),
    });
  }
  return range.$gte || range.$lt ? range : null;
}

/** `timeRange` of `filter.<event>From` / `filter.<event>Before` (the contract's names). */
export function eventRange(from: unknown, before: unknown, event: string): { $gte?: Date; $lt?: Date } | null {
  return timeRange(from, before, `filter.${event}From`, `filter.${event}Before`);
}
