import type { LegalConsultationStatisticsResolvers } from '../../types.generated';

export const LegalConsultationStatistics: LegalConsultationStatisticsResolvers = {
  total: (s) => s.total(),
  byStatus: (s) => s.byStatus(),
  byChannel: (s) => s.byChannel(),
  byMonth: (s) => s.byMonth(),
  followedByDispute: (s) => s.followedByDispute(),
};
