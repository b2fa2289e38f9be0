export type { ActivityStatisticsQuery as ActivityStatisticsMapper } from '../../services/statistics';
export interface EnterpriseRegistrationCountMapper {
  enterpriseId: import('mongoose').Types.ObjectId;
  count: number;
}
