import { PreconditionFailedError, WorkingCalendar } from '@pecg/common';
import { dueAfter, elapsed, officeLimit, promisedDue } from '../../src/domain/clocks';
import { catalogue } from '../../src/seed/catalogue';

/** A calendar of one year: National Day 10-01…10-07 off, Sunday 09-29 a make-up working day. */
const calendar = new WorkingCalendar({
  2024: { off: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'], makeUp: ['2024-09-29', '2024-10-12'] },
});
const at = (iso: string) => new Date(`${iso}T10:00:00+08:00`);
const day = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

describe('clocks in their own unit', () => {
  it('calendar days (日) end on the last day, moved to the next working day when it is a holiday or weekend', () => {
    expect(day(dueAfter(at('2024-09-24'), { value: 3, unit: 'DAYS' }, calendar))).toBe('2024-09-27');
    // 09-28 + 3 = 10-01 (National Day) → the first working day after the holiday
    expect(day(dueAfter(at('2024-09-28'), { value: 3, unit: 'DAYS' }, calendar))).toBe('2024-10-08');
    // 09-26 + 3 = 09-29, a Sunday that is a make-up working day: it stays
    expect(day(dueAfter(at('2024-09-26'), { value: 3, unit: 'DAYS' }, calendar))).toBe('2024-09-29');
    expect(dueAfter(at('2024-09-24'), { value: 3, unit: 'DAYS' }, calendar).toISOString()).toBe('2024-09-27T15:59:59.999Z');
  });

  it('working days (工作日) skip weekends and holidays and count make-up days', () => {
    expect(day(dueAfter(at('2024-09-27'), { value: 3, unit: 'WORKING_DAYS' }, calendar))).toBe('2024-10-08');
    expect(elapsed(at('2024-09-27'), at('2024-10-08'), 'WORKING_DAYS', calendar)).toBe(3);
    expect(elapsed(at('2024-09-27'), at('2024-10-08'), 'DAYS', calendar)).toBe(11);
  });

  it('a due date past the loaded years is PRECONDITION_FAILED naming the year, in either unit', () => {
    for (const unit of ['DAYS', 'WORKING_DAYS'] as const) {
      let error: unknown;
      try {
        dueAfter(at('2024-12-20'), { value: 20, unit }, calendar);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PreconditionFailedError);
      expect((error as PreconditionFailedError).extensions).toMatchObject({ code: 'PRECONDITION_FAILED', missing: 'holiday-calendar-2025' });
    }
  });

  it('the workstation’s clock: the statutory limit here, the forwarding step for an item decided above, none for a filing here', () => {
    const items = catalogue();
    expect(officeLimit(items[7])).toEqual({ value: 3, unit: 'DAYS' }); // 剧毒化学品购买许可
    expect(officeLimit(items[13])).toEqual({ value: 10, unit: 'DAYS' }); // 典当: forwarded within 10 days
    expect(officeLimit(items[15])).toBeNull(); // 易制毒 purchase filing
    expect(day(promisedDue(at('2024-09-30'), items[15], calendar))).toBe('2024-09-30'); // promised 0: the same day
  });
});
