import { dayKey } from '@pecg/common';
import { CHINA_HOLIDAYS, type HolidayCalendar } from './holidays';

/**
 * Working days (工作日) of the administrative licensing law (行政许可法 art. 32, 42, 82): weekends and
 * official holidays are skipped, official make-up days (调休) count. Periods start the day after the
 * event, and a period ends at the end (23:59:59.999 China Standard Time) of its last working day.
 * Days are China Standard Time calendar days; outside the configured years only weekends are skipped.
 */
export class WorkingCalendar {
  private readonly off: Set<string>;
  private readonly makeUp: Set<string>;

  constructor(calendars: Record<number, HolidayCalendar> = CHINA_HOLIDAYS) {
    const all = Object.values(calendars);
    this.off = new Set(all.flatMap((c) => c.off));
    this.makeUp = new Set(all.flatMap((c) => c.makeUp));
  }

  /** Whether a CST calendar day ("2024-09-29" or an instant) is a working day. */
  isWorkingDay(day: string | Date): boolean {
    const key = typeof day === 'string' ? day : dayKey(day);
    if (this.makeUp.has(key)) return true;
    if (this.off.has(key)) return false;
    const weekday = new Date(`${key}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** The CST day `days` working days after the day of `from` (the day of `from` itself does not count). */
  addWorkingDaysKey(from: Date, days: number): string {
    let key = dayKey(from);
    let left = days;
    while (left > 0) {
      key = nextDay(key);
      if (this.isWorkingDay(key)) left -= 1;
    }
    return key;
  }

  /** End (23:59:59.999 CST) of the day `days` working days after `from`. */
  addWorkingDays(from: Date, days: number): Date {
    return endOfDay(this.addWorkingDaysKey(from, days));
  }

  /** Working days after the day of `from` up to and including the day of `to` (0 when `to` is not later). */
  workingDaysBetween(from: Date, to: Date): number {
    let key = dayKey(from);
    const last = dayKey(to);
    let count = 0;
    while (key < last) {
      key = nextDay(key);
      if (this.isWorkingDay(key)) count += 1;
    }
    return count;
  }
}

function nextDay(key: string): string {
  return new Date(new Date(`${key}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
}

/** 23:59:59.999 China Standard Time of a CST day. */
export function endOfDay(key: string): Date {
  return new Date(new Date(`${key}T23:59:59.999+08:00`).getTime());
}

/** The calendar the subgraph uses (the official 2023–2026 holidays). */
export const workingCalendar = new WorkingCalendar();
