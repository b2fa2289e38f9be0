import type { VolunteerStatisticsResolvers } from '../../types.generated';

export const VolunteerStatistics: VolunteerStatisticsResolvers = {
  total: (s) => s.total(),
  byDuty: (s) => s.byDuty(),
};
