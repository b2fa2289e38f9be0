import { addCalendarDays, dayKey, endOfDay, nextDay, workingCalendar, type WorkingCalendar } from '@pecg/common';
import type { ApprovalItemDoc, TimeLimitDoc } from '../models';

/**
 * The clocks of an item, each in its own unit. WORKING_DAYS: 行政许可法 art. 82 (holidays and weekends
 * excluded, make-up days counted). DAYS: a regulation's "X日内", calendar days; when the last day is a
 * holiday or a weekend the period ends on the next working day (民法典 art. 203). Either way the official
 * calendar is needed: a due date in a year whose calendar is not loaded is PRECONDITION_FAILED naming
 * the year — the step is refused, nothing is written. `calendar` is the shared one unless a test passes its own.
 */
export function dueAfter(from: Date, limit: TimeLimitDoc, calendar: WorkingCalendar = workingCalendar): Date {
  if (limit.unit === 'WORKING_DAYS') return calendar.addWorkingDays(from, limit.value);
  let key = dayKey(addCalendarDays(from, limit.value));
  while (!calendar.isWorkingDay(key)) key = nextDay(key);
  return endOfDay(key);
}

/** Days from `from` to `to` in the unit (working days, or calendar days after the day of `from`). */
export function elapsed(from: Date, to: Date, unit: TimeLimitDoc['unit'], calendar: WorkingCalendar = workingCalendar): number {
  if (unit === 'WORKING_DAYS') return calendar.workingDaysBetween(from, to);
  const days = Math.round((Date.parse(`${dayKey(to)}T00:00:00Z`) - Date.parse(`${dayKey(from)}T00:00:00Z`)) / 86_400_000);
  return Math.max(0, days);
}

/** A due date moved by a pause of `days` in the unit (special procedures do not count, 行政许可法 art. 45). */
export function shiftDue(due: Date, days: number, unit: TimeLimitDoc['unit'], calendar: WorkingCalendar = workingCalendar): Date {
  return days > 0 ? dueAfter(due, { value: days, unit }, calendar) : due;
}

/** The workstation's own decision clock: the statutory limit, or the forwarding step of a forwarded item (null: a filing here). */
export function officeLimit(item: ApprovalItemDoc): TimeLimitDoc | null {
  if (item.decidingAuthority === 'HIGHER_AUTHORITY') return item.forwarding?.forwardWithin ?? null;
  return item.procedureKind === 'FILING' ? null : (item.statutoryTimeLimit ?? { value: item.statutoryTimeLimitDays || 20, unit: 'WORKING_DAYS' });
}

/** End of the promised limit (承诺时限, working days; 0: the same day). */
export function promisedDue(from: Date, item: ApprovalItemDoc, calendar: WorkingCalendar = workingCalendar): Date {
  return item.promisedTimeLimitDays > 0 ? calendar.addWorkingDays(from, item.promisedTimeLimitDays) : endOfDay(dayKey(from));
}
