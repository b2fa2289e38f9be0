import type { SensingEventStatisticsResolvers } from '../../types.generated';

/** Each figure runs its aggregation only when selected. */
export const SensingEventStatistics: SensingEventStatisticsResolvers = {
  total: (q) => q.total(),
  byKind: (q) => q.byKind(),
  byTriage: (q) => q.byTriage(),
  byDay: (q) => q.byDay(),
  byMonth: (q) => q.byMonth(),
  kindCounts: (q) => q.byKind(),
  triageCounts: (q) => q.byTriage(),
  escalatedCount: (q) => q.escalatedCount(),
  falseAlarmRate: (q) => q.falseAlarmRate(),
};
