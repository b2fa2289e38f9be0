import { labelOf } from '@pecg/common';
import type { ApplicationStatusCountResolvers, ApprovalItemCountResolvers, ApprovalStatisticsResolvers } from '../__generated__/resolvers-types';
import { APPLICATION_STATUS_LABELS } from '../labels';
import type { ApprovalStatisticsQuery } from '../services/statistics';

/** Every field asks the request's ApprovalStatisticsQuery (which shares one grouped scan between fields). */
const FIELDS = [
  'byStatus',
  'byItem',
  'byMonth',
  'decidedCount',
  'onTimeRate',
  'averageWorkingDaysToDecision',
  'acceptedWithDeficiencyShare',
  'commitmentFulfilmentRate',
  'atMostOneVisitShare',
  'evaluationCount',
  'satisfactionRate',
  'callBackRate',
  'overdueRectificationCount',
  'openSupervisionCaseCount',
] as const satisfies ReadonlyArray<keyof ApprovalStatisticsQuery & keyof ApprovalStatisticsResolvers>;

export const ApprovalStatistics: ApprovalStatisticsResolvers = Object.fromEntries(FIELDS.map((field) => [field, (query: ApprovalStatisticsQuery) => query[field]()])) as ApprovalStatisticsResolvers;

export const ApplicationStatusCount: ApplicationStatusCountResolvers = {
  status: (row) => (row as unknown as { key: string }).key as never,
  statusLabel: (row) => labelOf(APPLICATION_STATUS_LABELS, (row as unknown as { key: keyof typeof APPLICATION_STATUS_LABELS }).key)!,
};

export const ApprovalItemCount: ApprovalItemCountResolvers = {
  item: async (row, _args, { loaders }) => (await loaders.itemById.load(row.itemId))!,
};
