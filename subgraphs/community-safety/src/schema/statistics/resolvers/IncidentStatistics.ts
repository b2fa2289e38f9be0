import type { IncidentStatisticsResolvers } from '../../types.generated';

/** Each figure runs its aggregation only when selected. */
export const IncidentStatistics: IncidentStatisticsResolvers = {
  total: (q) => q.total(),
  byStatus: (q) => q.byStatus(),
  bySeverity: (q) => q.bySeverity(),
  bySource: (q) => q.bySource(),
  statusCounts: (q) => q.byStatus(),
  severityCounts: (q) => q.bySeverity(),
  sourceCounts: (q) => q.bySource(),
  byMonth: (q) => q.byMonth(),
  withDispute: (q) => q.withDispute(),
};
