import type { EnterpriseStatisticsSource } from '../../services/statistics';

export type EnterpriseStatisticsMapper = EnterpriseStatisticsSource;
