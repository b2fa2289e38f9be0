import { completeDimension, dayKey, monthKey } from '../../src/stats';

describe('statistics helpers', () => {
  it('completes a dimension with zero counts, in the order of the enum, dropping unknown keys', () => {
    const rows = [
      { key: 'HIGH', count: 3 },
      { key: 'LOW', count: 1 },
      { key: 'UNKNOWN', count: 9 },
    ];
    expect(completeDimension(rows, ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const)).toEqual([
      { key: 'LOW', count: 1 },
      { key: 'MEDIUM', count: 0 },
      { key: 'HIGH', count: 3 },
      { key: 'CRITICAL', count: 0 },
    ]);
    expect(completeDimension([], ['A'] as const)).toEqual([{ key: 'A', count: 0 }]);
  });

  it('keys months and days in China Standard Time (UTC+8), not UTC', () => {
    // 2024-02-29T16:00Z is 2024-03-01 00:00 in Beijing
    expect(monthKey(new Date('2024-02-29T15:59:59.999Z'))).toBe('2024-02');
    expect(monthKey(new Date('2024-02-29T16:00:00.000Z'))).toBe('2024-03');
    expect(dayKey(new Date('2024-02-29T15:59:59.999Z'))).toBe('2024-02-29');
    expect(dayKey(new Date('2024-02-29T16:00:00.000Z'))).toBe('2024-03-01');
  });

  it('rolls over the year in CST and pads single-digit months', () => {
    expect(monthKey(new Date('2023-12-31T16:30:00Z'))).toBe('2024-01');
    expect(monthKey(new Date('2023-12-31T15:30:00Z'))).toBe('2023-12');
    expect(monthKey(new Date('2024-09-10T00:00:00+08:00'))).toBe('2024-09');
    expect(dayKey(new Date('2023-12-31T16:30:00Z'))).toBe('2024-01-01');
  });
});
