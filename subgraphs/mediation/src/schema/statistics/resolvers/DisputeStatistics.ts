import type { DisputeStatisticsResolvers } from '../../types.generated';

export const DisputeStatistics: DisputeStatisticsResolvers = {
  total: (s) => s.total(),
  byKind: (s) => s.byKind(),
  byLevel: (s) => s.byLevel(),
  byStatus: (s) => s.byStatus(),
  byChannel: (s) => s.byChannel(),
  byMonth: (s) => s.byMonth(),
  byGrid: (s) => s.byGrid(),
  resolved: (s) => s.resolved(),
  resolvedLocally: (s) => s.resolvedLocally(),
  localResolutionShare: async (s) => {
    const [resolved, local] = await Promise.all([s.resolved(), s.resolvedLocally()]);
    return resolved ? local / resolved : 0;
  },
  resolvedByLevel: (s) => s.resolvedByLevel(),
  ratedCount: async (s) => (await s.satisfaction()).count,
  averageSatisfaction: async (s) => {
    const { sum, count } = await s.satisfaction();
    return count ? sum / count : null;
  },
};
