import type { LostPersonSearchStatisticsResolvers } from '../../types.generated';

/** Each figure runs its aggregation only when selected. */
export const LostPersonSearchStatistics: LostPersonSearchStatisticsResolvers = {
  total: (q) => q.total(),
  byMonth: (q) => q.byMonth(),
  byCategory: (q) => q.byCategory(),
  byStatus: (q) => q.byStatus(),
  categoryCounts: (q) => q.byCategory(),
  statusCounts: (q) => q.byStatus(),
  found: (q) => q.found(),
  medianMinutesToFind: (q) => q.medianMinutesToFind(),
  fastestMinutesToFind: (q) => q.fastestMinutesToFind(),
  foundWithin30MinutesRate: (q) => q.foundWithin30MinutesRate(),
  foundWithin60MinutesRate: (q) => q.foundWithin60MinutesRate(),
};
