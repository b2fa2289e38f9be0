import { PreconditionFailedError } from '../../src/errors';
import { BUNDLED_CALENDAR_DIR, endOfDay, loadCalendarDirectories, WorkingCalendar } from '../../src/calendar';

/** The bundled official years only (HOLIDAY_CALENDAR_DIRS, which the jest setup points at test fixtures, is not read here). */
const CHINA_HOLIDAYS = loadCalendarDirectories([BUNDLED_CALENDAR_DIR]);
const workingCalendar = new WorkingCalendar(CHINA_HOLIDAYS);

const weekday = (key: string) => new Date(`${key}T00:00:00Z`).getUTCDay();
const cst = (s: string) => new Date(`${s}+08:00`);

describe('official holiday calendars 2023–2026', () => {
  const years = Object.keys(CHINA_HOLIDAYS).map(Number);

  it('covers 2023 to 2026, each year with its notice', () => {
    expect(years).toEqual([2023, 2024, 2025, 2026]);
    for (const year of years) expect(CHINA_HOLIDAYS[year].source.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
  });

  it.each(years)('%i: every day belongs to its year, days off are not make-up days, make-up days are weekend days', (year) => {
    const { off, makeUp } = CHINA_HOLIDAYS[year];
    for (const day of [...off, ...makeUp].filter((d) => !d.endsWith('-12-31') || !d.startsWith(String(year - 1))))
      expect(day).toMatch(new RegExp(`^${year}-\\d{2}-\\d{2}$`));
    expect(off.filter((day) => makeUp.includes(day))).toEqual([]);
    expect(makeUp.filter((day) => weekday(day) !== 0 && weekday(day) !== 6)).toEqual([]);
    expect(new Set(off).size).toBe(off.length);
  });

  it('expands ranges day by day, across month ends', () => {
    const off2024 = CHINA_HOLIDAYS[2024].off;
    expect(off2024.filter((d) => d >= '2024-10-01' && d <= '2024-10-07')).toHaveLength(7);
    expect(off2024.filter((d) => d.startsWith('2024-02-1'))).toEqual([
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
      '2024-02-15',
      '2024-02-16',
      '2024-02-17',
    ]);
    expect(CHINA_HOLIDAYS[2025].off).toEqual(expect.arrayContaining(['2025-01-31', '2025-02-01', '2025-02-04', '2025-05-31', '2025-06-01', '2025-06-02']));
  });
});

describe('working calendar edge cases', () => {
  it('treats an instant by its China Standard Time day', () => {
    // Friday 2024-03-08 23:30 CST is still Friday in Beijing, though Friday 15:30 UTC
    expect(workingCalendar.isWorkingDay(cst('2024-03-08T23:30:00'))).toBe(true);
    // Saturday 2024-03-09 00:30 CST is Friday 16:30 UTC
    expect(workingCalendar.isWorkingDay(new Date('2024-03-08T16:30:00Z'))).toBe(false);
  });

  it('adds zero working days as the same day, even on a holiday', () => {
    expect(workingCalendar.addWorkingDaysKey(cst('2024-10-03T10:00:00'), 0)).toBe('2024-10-03');
  });

  it('counts from the day after an event on a holiday to the first working day', () => {
    expect(workingCalendar.addWorkingDaysKey(cst('2024-10-03T10:00:00'), 1)).toBe('2024-10-08');
  });

  it('refuses, naming the year, a day past the last loaded year or before the first (no weekend-only count)', () => {
    const count = () => workingCalendar.addWorkingDaysKey(cst('2026-12-28T10:00:00'), 5);
    expect(count).toThrow(PreconditionFailedError);
    expect(count).toThrow(/holiday calendar of 2027 is not loaded \(loaded years: 2023–2026\)/);
    expect(() => workingCalendar.isWorkingDay('2022-10-08')).toThrow(/2022 is not loaded/);
    try {
      count();
    } catch (error) {
      expect((error as PreconditionFailedError).extensions).toMatchObject({ code: 'PRECONDITION_FAILED', missing: 'holiday-calendar-2027', day: '2027-01-01' });
    }
    // the last working days of 2026 still count
    expect(workingCalendar.addWorkingDaysKey(cst('2026-12-24T10:00:00'), 4)).toBe('2026-12-30');
    expect(() => new WorkingCalendar({}).isWorkingDay('2024-10-02')).toThrow(/loaded years: none/);
  });

  it('ends a period at 23:59:59.999 China Standard Time', () => {
    expect(endOfDay('2024-03-11').toISOString()).toBe('2024-03-11T15:59:59.999Z');
    expect(workingCalendar.addWorkingDays(cst('2024-12-31T09:00:00'), 1).toISOString()).toBe('2025-01-02T15:59:59.999Z'); // 元旦 off
  });

  it('is consistent: the working days between an instant and its deadline are the days added', () => {
    const from = cst('2025-01-20T09:00:00');
    for (const days of [1, 5, 10, 20, 30]) expect(workingCalendar.workingDaysBetween(from, workingCalendar.addWorkingDays(from, days))).toBe(days);
  });
});
