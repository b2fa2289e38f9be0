/** Statistics are resolved field by field by one query object per request. */
export type { ApprovalStatisticsQuery as ApprovalStatisticsMapper } from '../../services/statistics';
export type ApprovalItemCountMapper = { itemId: string; count: number };
