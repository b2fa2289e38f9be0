/** GraphQL type → the object it is resolved from. */
export type {
  DeviceStatisticsQuery as DeviceStatisticsMapper,
  SensingEventStatisticsQuery as SensingEventStatisticsMapper,
  IncidentStatisticsQuery as IncidentStatisticsMapper,
  LostPersonStatisticsQuery as LostPersonSearchStatisticsMapper,
  PatrolStatisticsQuery as PatrolStatisticsMapper,
  GridPatrolRow as GridPatrolCountMapper,
} from '../../services/statistics';
