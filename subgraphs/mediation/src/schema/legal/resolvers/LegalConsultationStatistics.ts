import type { LegalConsultationStatisticsResolvers } from '../../types.generated';

export const LegalConsultationStatistics: LegalConsultationStatisticsResolvers = {
  total: (s) => s.total(),
  statusCounts: (s) => s.byStatus(),
  channelCounts: (s) => s.byChannel(),
  byStatus: (s) => s.byStatus(),
  byChannel: (s) => s.byChannel(),
  byMonth: (s) => s.byMonth(),
  followedByDispute: (s) => s.followedByDispute(),
};
