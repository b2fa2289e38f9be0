import { ValidationError } from '../../src/errors';
import { monthKey } from '../../src/stats';
import { eventRange, inMonths, monthKeys, monthRange, timeRange } from '../../src/time-filters';

function refusal(run: () => unknown): { field: unknown; value: unknown; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    const e = error as ValidationError;
    return { field: e.extensions.field, value: e.extensions.value, message: e.message };
  }
  throw new Error('expected a ValidationError');
}

describe('time filters of the analysts’ contract', () => {
  it('a month is [its first day 00:00, the next month’s first day 00:00) in China Standard Time', () => {
    expect(monthRange('2026-03')).toEqual({ $gte: new Date('2026-03-01T00:00:00+08:00'), $lt: new Date('2026-04-01T00:00:00+08:00') });
    expect(monthRange('2026-12')).toEqual({ $gte: new Date('2026-12-01T00:00:00+08:00'), $lt: new Date('2027-01-01T00:00:00+08:00') });
  });

  it('every instant lies in the range of its own month key (every 55 h 33 min over 2023–2028, month ends included)', () => {
    for (let t = Date.parse('2023-01-01T00:00:00Z'); t < Date.parse('2029-01-01T00:00:00Z'); t += 200_000_000) {
      for (const at of [new Date(t), new Date(monthRange(monthKey(new Date(t))).$lt.getTime() - 1)]) {
        const { $gte, $lt } = monthRange(monthKey(at));
        expect({ at: at.toISOString(), inside: $gte.getTime() <= at.getTime() && at.getTime() < $lt.getTime() }).toEqual({
          at: at.toISOString(),
          inside: true,
        });
      }
    }
  });

  it('month keys are checked, named by their position, and given once', () => {
    expect(monthKeys(['2026-03', '2026-04', '2026-03'], 'filter.months')).toEqual(['2026-03', '2026-04']);
    expect(monthKeys([], 'filter.months')).toEqual([]); // an empty list matches nothing (docs/CONVENTIONS.md)
    expect(monthKeys(null, 'filter.months')).toBeNull();
    expect(monthKeys(undefined, 'filter.months')).toBeNull();
    expect(refusal(() => monthKeys(['2026-03', '2026-13'], 'filter.months'))).toMatchObject({ field: 'filter.months.1', value: '2026-13' });
    expect(refusal(() => monthKeys(['26-03'], 'filter.months'))).toMatchObject({ field: 'filter.months.0', value: '26-03' });
    const decade = Array.from({ length: 121 }, (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    expect(refusal(() => monthKeys(decade, 'filter.months'))).toMatchObject({ field: 'filter.months', value: 121 });
  });

  it('months on a timestamp: one range, or any of several', () => {
    expect(inMonths('startsAt', null)).toBeNull();
    expect(inMonths('startsAt', [])).toEqual({ startsAt: { $in: [] } });
    expect(inMonths('startsAt', ['2026-03'])).toEqual({ startsAt: monthRange('2026-03') });
    expect(inMonths('startsAt', ['2026-03', '2026-05'])).toEqual({ $or: [{ startsAt: monthRange('2026-03') }, { startsAt: monthRange('2026-05') }] });
  });

  it('a …From / …Before range: either end alone, both, or none; a from after its before names the from field', () => {
    const from = '2026-03-01T00:00:00+08:00';
    const before = '2026-04-01T00:00:00+08:00';
    expect(eventRange(from, before, 'reported')).toEqual({ $gte: new Date(from), $lt: new Date(before) });
    expect(eventRange(from, null, 'reported')).toEqual({ $gte: new Date(from) });
    expect(eventRange(undefined, new Date(before), 'reported')).toEqual({ $lt: new Date(before) });
    expect(eventRange(null, undefined, 'reported')).toBeNull();
    expect(eventRange(from, from, 'reported')).toEqual({ $gte: new Date(from), $lt: new Date(from) });
    expect(refusal(() => eventRange(before, from, 'reported'))).toMatchObject({ field: 'filter.reportedFrom', value: new Date(before).toISOString() });
    expect(refusal(() => timeRange('not a date', null, 'filter.startsFrom', 'filter.startsBefore'))).toMatchObject({
      field: 'filter.startsFrom',
      value: 'not a date',
    });
  });
});
