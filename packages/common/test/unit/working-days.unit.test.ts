import { BUNDLED_CALENDAR_DIR, loadCalendarDirectories, WorkingCalendar } from '../../src/calendar';

/** The bundled official years only (not HOLIDAY_CALENDAR_DIRS, which the jest setup points at test fixtures). */
const workingCalendar = new WorkingCalendar(loadCalendarDirectories([BUNDLED_CALENDAR_DIR]));

const cst = (s: string) => new Date(`${s}+08:00`);
const day = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

describe('working-day calculator (行政许可法 art. 32/42/82)', () => {
  it('skips weekends and counts from the day after', () => {
    // Friday 2024-03-08 + 1 working day = Monday 2024-03-11
    expect(workingCalendar.addWorkingDaysKey(cst('2024-03-08T10:00:00'), 1)).toBe('2024-03-11');
    expect(workingCalendar.addWorkingDaysKey(cst('2024-03-04T10:00:00'), 5)).toBe('2024-03-11');
    expect(day(workingCalendar.addWorkingDays(cst('2024-03-08T10:00:00'), 1))).toBe('2024-03-11');
    expect(workingCalendar.addWorkingDays(cst('2024-03-08T10:00:00'), 1).toISOString()).toBe('2024-03-11T15:59:59.999Z');
  });

  it('skips the national-day holiday and counts the make-up Sunday (调休) of 2024', () => {
    expect(workingCalendar.isWorkingDay('2024-09-29')).toBe(true); // Sunday, make-up working day
    expect(workingCalendar.isWorkingDay('2024-10-02')).toBe(false); // Wednesday, holiday
    expect(workingCalendar.isWorkingDay('2024-10-12')).toBe(true); // Saturday, make-up
    // Friday 2024-09-27 + 1 = Sunday 2024-09-29; + 2 = Monday 2024-09-30; + 3 = Tuesday 2024-10-08
    expect(workingCalendar.addWorkingDaysKey(cst('2024-09-27T09:00:00'), 1)).toBe('2024-09-29');
    expect(workingCalendar.addWorkingDaysKey(cst('2024-09-27T09:00:00'), 2)).toBe('2024-09-30');
    expect(workingCalendar.addWorkingDaysKey(cst('2024-09-27T09:00:00'), 3)).toBe('2024-10-08');
  });

  it('covers spring festival 2023, 2025 and 2026 with their make-up Saturdays', () => {
    expect(workingCalendar.addWorkingDaysKey(cst('2023-01-20T09:00:00'), 1)).toBe('2023-01-28'); // 春节 21–27, 28 make-up Saturday
    expect(workingCalendar.addWorkingDaysKey(cst('2025-01-27T09:00:00'), 1)).toBe('2025-02-05'); // 28 Jan–4 Feb off
    expect(workingCalendar.isWorkingDay('2025-02-08')).toBe(true);
    expect(workingCalendar.isWorkingDay('2026-02-14')).toBe(true);
    expect(workingCalendar.isWorkingDay('2026-02-23')).toBe(false);
    expect(workingCalendar.addWorkingDaysKey(cst('2026-02-13T09:00:00'), 2)).toBe('2026-02-24');
  });

  it('counts working days between two instants, excluding the first day', () => {
    expect(workingCalendar.workingDaysBetween(cst('2024-03-04T09:00:00'), cst('2024-03-11T09:00:00'))).toBe(5);
    expect(workingCalendar.workingDaysBetween(cst('2024-09-27T09:00:00'), cst('2024-10-08T09:00:00'))).toBe(3);
    expect(workingCalendar.workingDaysBetween(cst('2024-03-11T09:00:00'), cst('2024-03-11T18:00:00'))).toBe(0);
    expect(workingCalendar.workingDaysBetween(cst('2024-03-11T09:00:00'), cst('2024-03-01T18:00:00'))).toBe(0);
  });

  it('20 working days from acceptance span the May-day holiday of 2024', () => {
    // accepted Thursday 2024-04-25: 26, 28 (Sun, make-up), 29, 30 Apr; 1–5 May off; 6–10, 11 (Sat, make-up), 13–17, 20–24 May
    expect(workingCalendar.addWorkingDaysKey(cst('2024-04-25T09:00:00'), 20)).toBe('2024-05-24');
  });

  it('takes a configurable calendar', () => {
    const custom = new WorkingCalendar({ 2030: { off: ['2030-01-02'], makeUp: ['2030-01-05'] } });
    expect(custom.isWorkingDay('2030-01-02')).toBe(false);
    expect(custom.isWorkingDay('2030-01-05')).toBe(true);
    expect(custom.addWorkingDaysKey(cst('2030-01-01T09:00:00'), 2)).toBe('2030-01-04');
  });
});
