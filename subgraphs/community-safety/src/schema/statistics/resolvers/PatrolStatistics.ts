import type { PatrolStatisticsResolvers } from '../../types.generated';

/** Each figure runs its aggregation only when selected. */
export const PatrolStatistics: PatrolStatisticsResolvers = {
  total: (q) => q.total(),
  byKind: (q) => q.byKind(),
  byStatus: (q) => q.byStatus(),
  kindCounts: (q) => q.byKind(),
  statusCounts: (q) => q.byStatus(),
  byMonth: (q) => q.byMonth(),
  byGrid: (q) => q.byGrid(),
  findings: (q) => q.findings(),
};
