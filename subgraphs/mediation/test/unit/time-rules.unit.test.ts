import { dayKey } from '@pecg/common';
import { addMonthsEnd, confirmationWindowEndsOn, firstSessionDueAt, followUpDueAt, mediationDueAt, secondSessionDueAt } from '../../src/domain/time-rules';

const cst = (s: string) => new Date(`${s}+08:00`);

describe('time rules of mediation (fixed 2026 dates)', () => {
  it('1-month limit (人民调解工作若干规定 art. 33): the corresponding day of the next month, or its last day, to the end of that day (CST)', () => {
    expect(mediationDueAt(cst('2026-03-05T10:00:00')).toISOString()).toBe(cst('2026-04-05T23:59:59.999').toISOString());
    expect(dayKey(addMonthsEnd(cst('2026-01-31T09:00:00'), 1))).toBe('2026-02-28');
    expect(dayKey(addMonthsEnd(cst('2026-12-31T09:00:00'), 1))).toBe('2027-01-31');
    // late evening CST is still that CST day
    expect(dayKey(mediationDueAt(cst('2026-03-05T23:30:00')))).toBe('2026-04-05');
  });

  it('30-day judicial-confirmation window (人民调解法 art. 33): the 30th calendar day after the effective day', () => {
    expect(confirmationWindowEndsOn(cst('2026-03-02T10:00:00'))).toBe('2026-04-01');
    expect(confirmationWindowEndsOn(cst('2026-01-31T22:00:00'))).toBe('2026-03-02');
  });

  it('follow-ups are due the days of the kind after the agreement took effect (calendar days)', () => {
    expect(followUpDueAt('TOURIST', cst('2026-03-02T10:00:00')).toISOString()).toBe(cst('2026-03-09T23:59:59.999').toISOString());
    expect(dayKey(followUpDueAt('ENTERPRISE_RELATED', cst('2026-03-02T10:00:00')))).toBe('2026-04-01');
  });

  it('治安调解 (规范 art. 9): first session within 3 working days, the one more within 7 working days, weekends skipped', () => {
    expect(dayKey(firstSessionDueAt(cst('2026-03-09T10:00:00')))).toBe('2026-03-12'); // Monday → Thursday
    expect(dayKey(firstSessionDueAt(cst('2026-03-12T10:00:00')))).toBe('2026-03-17'); // Thursday → Fri, Mon, Tue
    expect(dayKey(secondSessionDueAt(cst('2026-03-10T10:00:00')))).toBe('2026-03-19');
  });
});
