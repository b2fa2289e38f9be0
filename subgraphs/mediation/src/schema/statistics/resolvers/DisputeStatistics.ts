import type { DisputeKind, DisputeStatisticsResolvers } from '../../types.generated';

export const DisputeStatistics: DisputeStatisticsResolvers = {
  total: (s) => s.total(),
  kindCounts: (s) => s.byKind(),
  levelCounts: (s) => s.byLevel(),
  statusCounts: (s) => s.byStatus(),
  channelCounts: (s) => s.byChannel(),
  urgencyCounts: (s) => s.byUrgency(),
  resolvedLevelCounts: (s) => s.resolvedByLevel(),
  communityLocalResolution: (s) => s.localByCommunity(),
  kindLocalResolution: async (s) =>
    (await s.localByKind()).map((r) => ({
      key: r.key as DisputeKind,
      label: r.label,
      count: r.closed,
      resolvedLocallyCount: r.resolvedLocally,
      localResolutionRate: r.rate,
    })),
  closedWithinMonthRate: async (s) => ratio((await s.rates()).closedWithinMonth, (await s.rates()).closed),
  followUpRate: async (s) => ratio((await s.rates()).followedUp, (await s.rates()).resolved),
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
  closed: async (s) => (await s.rates()).closed,
  closedResolvedLocally: async (s) => (await s.rates()).closedLocal,
  localResolutionRate: async (s) => ratio((await s.rates()).closedLocal, (await s.rates()).closed),
  localResolutionByCommunity: (s) => s.localByCommunity(),
  localResolutionByKind: (s) => s.localByKind(),
  escalated: async (s) => (await s.rates()).escalated,
  escalationRate: async (s) => ratio((await s.rates()).escalated, (await s.rates()).total),
  closedWithinMonth: async (s) => (await s.rates()).closedWithinMonth,
  closedWithinMonthShare: async (s) => ratio((await s.rates()).closedWithinMonth, (await s.rates()).closed),
  averageDaysToResolve: async (s) => {
    const { daysSum, daysCount } = await s.rates();
    return daysCount ? daysSum / daysCount : null;
  },
  performed: async (s) => (await s.rates()).performed,
  performanceRate: async (s) => ratio((await s.rates()).performed, (await s.rates()).resolved),
  judiciallyConfirmed: async (s) => (await s.rates()).confirmed,
  judicialConfirmationRate: async (s) => ratio((await s.rates()).confirmed, (await s.rates()).resolved),
  followedUp: async (s) => (await s.rates()).followedUp,
  followUpCoverage: async (s) => ratio((await s.rates()).followedUp, (await s.rates()).resolved),
  byUrgency: (s) => s.byUrgency(),
  ratedCount: async (s) => (await s.satisfaction()).count,
  averageSatisfaction: async (s) => {
    const { sum, count } = await s.satisfaction();
    return count ? sum / count : null;
  },
};

/** A share of two counts (0 when the denominator is 0). */
function ratio(part: number, whole: number): number {
  return whole ? part / whole : 0;
}
