import { labelOf } from '@pecg/common';
import type { ApplicationStatusCountResolvers, ApprovalItemCountResolvers, ApprovalStatisticsResolvers } from '../__generated__/resolvers-types';
import { APPLICATION_STATUS_LABELS } from '../labels';
import { approvalStatistics as figures } from '../services/statistics';

export const ApprovalStatistics: ApprovalStatisticsResolvers = Object.fromEntries(
  Object.entries(figures).map(([field, compute]) => [field, (_parent: unknown, _args: unknown, { models }: { models: Parameters<typeof compute>[0] }) => compute(models)]),
) as ApprovalStatisticsResolvers;

export const ApplicationStatusCount: ApplicationStatusCountResolvers = {
  status: (row) => (row as unknown as { key: string }).key as never,
  statusLabel: (row) => labelOf(APPLICATION_STATUS_LABELS, (row as unknown as { key: keyof typeof APPLICATION_STATUS_LABELS }).key)!,
};

export const ApprovalItemCount: ApprovalItemCountResolvers = {
  item: async (row, _args, { loaders }) => (await loaders.itemById.load(row.itemId))!,
};
