import type { DutyShiftStatisticsResolvers } from '../../types.generated';

export const DutyShiftStatistics: DutyShiftStatisticsResolvers = {
  total: (s) => s.total(),
  byGridAndMonth: (s) => s.byGridAndMonth(),
  byOutcome: (s) => s.byOutcome(),
};
