import { SLOT_MINUTES, type OpeningHoursDoc } from '../models';

/** China Standard Time (UTC+8, no daylight saving): the local time of the park. */
const CST_OFFSET_MS = 8 * 3_600_000;
const SLOT_MS = SLOT_MINUTES * 60_000;

/** The SLOT_MINUTES slots a time range touches (start rounded down, end rounded up). */
export function slotsOf(startsAt: Date, endsAt: Date): Date[] {
  const first = Math.floor(startsAt.getTime() / SLOT_MS) * SLOT_MS;
  const last = Math.ceil(endsAt.getTime() / SLOT_MS) * SLOT_MS;
  const slots: Date[] = [];
  for (let t = first; t < last; t += SLOT_MS) slots.push(new Date(t));
  return slots;
}

/** Local (CST) parts of an instant. */
export function localParts(at: Date): { day: string; weekday: number; minutes: number } {
  const local = new Date(at.getTime() + CST_OFFSET_MS);
  const weekday = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
  return { day: local.toISOString().slice(0, 10), weekday, minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** "HH:MM" → minutes after midnight. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** Whether [startsAt, endsAt) lies inside the opening hours of one local day. */
export function withinOpeningHours(hours: OpeningHoursDoc, startsAt: Date, endsAt: Date): boolean {
  const start = localParts(startsAt);
  const end = localParts(new Date(endsAt.getTime() - 1));
  if (start.day !== end.day || !hours.weekdays.includes(start.weekday)) return false;
  return start.minutes >= minutesOf(hours.opens) && end.minutes + 1 <= minutesOf(hours.closes);
}

/** ISO week of an instant in CST, e.g. "2023-W32". */
export function weekKey(at: Date): string {
  const local = new Date(at.getTime() + CST_OFFSET_MS);
  const date = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Opening minutes of a room in one week. */
export function weeklyOpenMinutes(hours: OpeningHoursDoc): number {
  return hours.weekdays.length * Math.max(0, minutesOf(hours.closes) - minutesOf(hours.opens));
}
