import type { DeviceStatisticsResolvers } from '../../types.generated';

/** Each figure runs its aggregation only when selected. */
export const DeviceStatistics: DeviceStatisticsResolvers = {
  total: (q) => q.total(),
  byKind: (q) => q.byKind(),
  byStatus: (q) => q.byStatus(),
  byPlaceKind: (q) => q.byPlaceKind(),
  kindCounts: (q) => q.byKind(),
  statusCounts: (q) => q.byStatus(),
  placeKindCounts: (q) => q.byPlaceKind(),
  onlineRate: (q) => q.onlineRate(),
};
