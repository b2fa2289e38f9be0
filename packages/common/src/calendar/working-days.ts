import { PreconditionFailedError } from '../errors';
import { dayKey } from '../stats';
import { officialCalendars, type HolidayCalendar } from './holidays';

/**
 * Working days (工作日) as the administrative licensing law counts them (行政许可法 art. 32, 42, 82):
 * weekends and official holidays are skipped, official make-up days (调休) count. Periods start the
 * day after the event, and a period ends at the end (23:59:59.999 China Standard Time) of its last
 * working day. Days are China Standard Time calendar days.
 *
 * Only years whose official calendar is loaded can be counted: a day in a year before the first or
 * after the last loaded year is PRECONDITION_FAILED naming the year — never a silent weekend-only
 * count, which would put deadlines on holidays.
 */
export class WorkingCalendar {
  private readonly off: Set<string>;
  private readonly makeUp: Set<string>;
  /** The loaded years, ascending. */
  readonly years: number[];

  constructor(calendars: Record<number, HolidayCalendar | Pick<HolidayCalendar, 'off' | 'makeUp'>>) {
    const all = Object.values(calendars);
    this.off = new Set(all.flatMap((c) => c.off));
    this.makeUp = new Set(all.flatMap((c) => c.makeUp));
    this.years = Object.keys(calendars)
      .map(Number)
      .sort((a, b) => a - b);
  }

  /** First and last CST day that can be counted. */
  get coverage(): { first: string; last: string } | null {
    if (!this.years.length) return null;
    return { first: `${this.years[0]}-01-01`, last: `${this.years[this.years.length - 1]}-12-31` };
  }

  private assertLoaded(key: string): void {
    const year = Number(key.slice(0, 4));
    if (this.years.includes(year)) return;
    const range = this.years.length ? `${this.years[0]}–${this.years[this.years.length - 1]}` : 'none';
    throw new PreconditionFailedError(
      `The official holiday calendar of ${year} is not loaded (loaded years: ${range}), so working days on ${key} cannot be counted. ` +
        `An administrator loads the State Council's notice (国务院办公厅关于${year}年部分节假日安排的通知) with \`npm run calendar:import\`.`,
      { missing: `holiday-calendar-${year}`, day: key },
    );
  }

  /** Whether a CST calendar day ("2024-09-29" or an instant) is a working day. */
  isWorkingDay(day: string | Date): boolean {
    const key = typeof day === 'string' ? day : dayKey(day);
    this.assertLoaded(key);
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

/** The CST day after a CST day. */
export function nextDay(key: string): string {
  return new Date(new Date(`${key}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
}

/** 23:59:59.999 China Standard Time of a CST day. */
export function endOfDay(key: string): Date {
  return new Date(new Date(`${key}T23:59:59.999+08:00`).getTime());
}

/** End (23:59:59.999 CST) of the day `days` calendar days (日, not 工作日) after the day of `from`. */
export function addCalendarDays(from: Date, days: number): Date {
  let key = dayKey(from);
  for (let i = 0; i < days; i += 1) key = nextDay(key);
  return endOfDay(key);
}

let shared: WorkingCalendar | undefined;

/** The calendar every subgraph uses: the bundled official years and HOLIDAY_CALENDAR_DIRS, read once. */
export const workingCalendar: WorkingCalendar = new Proxy({} as WorkingCalendar, {
  get(_target, property) {
    shared ??= new WorkingCalendar(officialCalendars());
    const value = Reflect.get(shared, property, shared) as unknown;
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(shared) : value;
  },
});
