/** Statistics are resolved field by field by one query object per request. */
export type { ApprovalStatisticsQuery as ApprovalStatisticsMapper } from '../../services/statistics';
export type ApprovalItemCountMapper = { itemId: string; count: number };
export type ApprovalItemPerformanceMapper = {
  itemId: string;
  statutoryMeasured: number;
  promiseMeasured: number;
  onTimeRate: number | null;
  withinPromiseRate: number | null;
};
