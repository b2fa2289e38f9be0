export type { ActivityStatisticsQuery as ActivityStatisticsMapper, ParticipationRow as EnterpriseParticipationMapper } from '../../services/statistics';
export interface EnterpriseRegistrationCountMapper {
  enterpriseId: import('mongoose').Types.ObjectId;
  count: number;
}
