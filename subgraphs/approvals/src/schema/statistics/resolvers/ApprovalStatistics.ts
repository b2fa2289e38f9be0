import type { ApprovalStatisticsResolvers } from '../../types.generated';
import type { ApprovalStatisticsQuery } from '../../../services/statistics';

/** Every field asks the request's ApprovalStatisticsQuery (which shares one grouped scan between fields). */
const FIELDS = [
  'byStatus',
  'byItem',
  'byMonth',
  'decidedCount',
  'onTimeRate',
  'withinPromiseRate',
  'itemPerformance',
  'measureIndicators',
  'averageWorkingDaysToDecision',
  'acceptedWithDeficiencyRate',
  'acceptedWithDeficiencyShare',
  'commitmentFulfilmentRate',
  'atMostOneVisitRate',
  'atMostOneVisitShare',
  'evaluationCount',
  'satisfactionRate',
  'callBackRate',
  'overdueRectificationCount',
  'openSupervisionCaseCount',
] as const satisfies ReadonlyArray<keyof ApprovalStatisticsQuery & keyof ApprovalStatisticsResolvers>;

export const ApprovalStatistics: ApprovalStatisticsResolvers = Object.fromEntries(
  FIELDS.map((field) => [field, (query: ApprovalStatisticsQuery) => query[field]()]),
) as ApprovalStatisticsResolvers;
