import { ValidationError } from '@pecg/common';
import { OPEN_NEED_STATUSES, type ServiceNeedDoc } from '../models';

/** China Standard Time is UTC+8 all year (no daylight saving). */
const CST_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** Today's calendar day in CST, as the Date scalar holds days (UTC midnight of that day). */
export function cstToday(now: Date = new Date()): Date {
  const shifted = new Date(now.getTime() + CST_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** The instant a due day ends: the next midnight in CST. */
export function endOfCstDay(day: Date): Date {
  return new Date(day.getTime() + DAY_MS - CST_OFFSET_MS);
}

/**
 * A due date the server accepts: today (CST) or later (`notPast`). Returns the stored fields: the day and the
 * instant it ends. BAD_USER_INPUT names `field` for a day already past.
 */
export function dueFields(dueOn: Date, field: string, now: Date = new Date(), notPast = true): { dueOn: Date; dueBy: Date } {
  const day = new Date(Date.UTC(dueOn.getUTCFullYear(), dueOn.getUTCMonth(), dueOn.getUTCDate()));
  const today = cstToday(now);
  if (notPast && day.getTime() < today.getTime())
    throw new ValidationError(`${field}: ${day.toISOString().slice(0, 10)} is before today (${today.toISOString().slice(0, 10)}, China Standard Time)`, {
      field,
      value: day.toISOString().slice(0, 10),
    });
  return { dueOn: day, dueBy: endOfCstDay(day) };
}

/** A need still open or in progress after the end of its due day, at the server's clock. */
export function isOverdue(need: Pick<ServiceNeedDoc, 'status' | 'dueBy'>, now: Date = new Date()): boolean {
  return Boolean(need.dueBy && OPEN_NEED_STATUSES.includes(need.status) && need.dueBy.getTime() <= now.getTime());
}
