import fs from 'node:fs';
import path from 'node:path';
import { config } from '../config';

/**
 * The official public-holiday calendars (国务院办公厅关于…年部分节假日安排的通知) as data: one
 * `<year>.json` per year in packages/common/calendar (2023 onward, each with its source), plus any
 * directory in HOLIDAY_CALENDAR_DIRS, where an administrator drops a new year
 * (`npm run calendar:import -- <notice.txt>` writes it from the notice's text).
 */
export interface HolidayEntry {
  /** 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节 (or two of them together). */
  name: string;
  /** First and last day off (放假调休), CST calendar days "YYYY-MM-DD", inclusive. */
  from: string;
  to: string;
  /** Weekend days that are working days (调休上班) for this holiday. */
  makeUpWorkdays: string[];
}

export interface YearCalendarFile {
  year: number;
  /** The notice the file transcribes. */
  source: { title: string; publisher: string; published: string; url?: string; note?: string };
  holidays: HolidayEntry[];
}

/** A year's days off and make-up working days, expanded day by day. */
export interface HolidayCalendar {
  off: string[];
  makeUp: string[];
  source: YearCalendarFile['source'];
}

/** The bundled calendars (packages/common/calendar). */
export const BUNDLED_CALENDAR_DIR = path.resolve(__dirname, '..', '..', 'calendar');

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Every CST day from `first` to `last`, inclusive. */
export function dayRange(first: string, last: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${first}T00:00:00Z`); d <= new Date(`${last}T00:00:00Z`); d = new Date(d.getTime() + 86_400_000))
    days.push(d.toISOString().slice(0, 10));
  return days;
}

const weekday = (key: string) => new Date(`${key}T00:00:00Z`).getUTCDay();

/**
 * Checks a year's file (days are real days, ranges ordered and in or next to the year, make-up days
 * are weekend days and not days off) and expands it. Throws naming the file and the entry.
 */
export function expandYear(file: YearCalendarFile, origin = `calendar ${file.year}`): HolidayCalendar {
  if (!Number.isInteger(file.year) || file.year < 2000 || file.year > 2200) throw new Error(`${origin}: year must be an integer year, got ${file.year}`);
  if (!file.source?.title || !file.source.published) throw new Error(`${origin}: source.title and source.published are required`);
  const off: string[] = [];
  const makeUp: string[] = [];
  for (const h of file.holidays ?? []) {
    for (const day of [h.from, h.to, ...(h.makeUpWorkdays ?? [])]) {
      if (!DAY.test(day) || Number.isNaN(new Date(`${day}T00:00:00Z`).getTime()) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day)
        throw new Error(`${origin}: ${h.name}: "${day}" is not a calendar day YYYY-MM-DD`);
    }
    if (h.from > h.to) throw new Error(`${origin}: ${h.name}: from ${h.from} is after to ${h.to}`);
    if (Number(h.to.slice(0, 4)) !== file.year) throw new Error(`${origin}: ${h.name}: ends ${h.to}, outside ${file.year}`);
    const days = dayRange(h.from, h.to);
    if (days.length > 10) throw new Error(`${origin}: ${h.name}: ${days.length} days off in a row is not a holiday of the notice`);
    off.push(...days);
    for (const day of h.makeUpWorkdays ?? []) {
      if (weekday(day) !== 0 && weekday(day) !== 6) throw new Error(`${origin}: ${h.name}: make-up working day ${day} is not a Saturday or Sunday`);
      makeUp.push(day);
    }
  }
  const clash = makeUp.filter((d) => off.includes(d));
  if (clash.length) throw new Error(`${origin}: ${clash.join(', ')} both off and a make-up working day`);
  return { off, makeUp, source: file.source };
}

/** Reads every `<year>.json` of the directories (later directories may add years, not replace them). */
export function loadCalendarDirectories(dirs: string[]): Record<number, HolidayCalendar> {
  const years: Record<number, HolidayCalendar> = {};
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) throw new Error(`Holiday calendar directory ${dir} does not exist (HOLIDAY_CALENDAR_DIRS)`);
    for (const name of fs
      .readdirSync(dir)
      .filter((n) => /^\d{4}\.json$/.test(n))
      .sort()) {
      const origin = path.join(dir, name);
      const file = JSON.parse(fs.readFileSync(origin, 'utf8')) as YearCalendarFile;
      if (`${file.year}.json` !== name) throw new Error(`${origin}: holds year ${file.year}; name it ${file.year}.json`);
      if (years[file.year]) throw new Error(`${origin}: year ${file.year} is already loaded from another directory`);
      years[file.year] = expandYear(file, origin);
    }
  }
  return years;
}

/** The calendars in use: the bundled years and those in HOLIDAY_CALENDAR_DIRS. */
export function officialCalendars(): Record<number, HolidayCalendar> {
  return loadCalendarDirectories([BUNDLED_CALENDAR_DIR, ...config.holidayCalendarDirs]);
}
