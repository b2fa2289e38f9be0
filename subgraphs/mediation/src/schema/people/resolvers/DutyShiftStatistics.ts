import type { DutyShiftStatisticsResolvers } from '../../types.generated';

export const DutyShiftStatistics: DutyShiftStatisticsResolvers = {
  total: (s) => s.total(),
  byGridAndMonth: (s) => s.byGridAndMonth(),
  byGrid: (s) => s.byGrid(),
  byMonth: (s) => s.byMonth(),
  byOutcome: (s) => s.byOutcome(),
};
