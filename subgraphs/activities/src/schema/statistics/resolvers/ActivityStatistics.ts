import { ACTIVITY_KIND_LABELS, ACTIVITY_STATUS_LABELS } from '../../../labels';
import type { ActivityStatisticsResolvers } from '../../types.generated';

export const ActivityStatistics: ActivityStatisticsResolvers = {
  total: (s) => s.total(),
  byKind: async (s) => (await s.byKind()).map(({ key, count }) => ({ kind: key, kindLabel: ACTIVITY_KIND_LABELS[key], count })),
  byStatus: async (s) => (await s.byStatus()).map(({ key, count }) => ({ status: key, statusLabel: ACTIVITY_STATUS_LABELS[key], count })),
  byMonth: (s) => s.byMonth(),
  completedSeats: async (s) => (await s.attendance()).seats,
  attended: async (s) => (await s.attendance()).attended,
  attendanceRate: async (s) => {
    const { seats, attended } = await s.attendance();
    return seats ? attended / seats : 0;
  },
  topEnterprises: (s, { first }) => s.topEnterprises(first),
};
