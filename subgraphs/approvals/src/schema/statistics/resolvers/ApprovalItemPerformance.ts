import type { ApprovalItemPerformanceResolvers } from '../../types.generated';

export const ApprovalItemPerformance: ApprovalItemPerformanceResolvers = {
  item: async (row, _args, { loaders }) => (await loaders.itemById.load(row.itemId))!,
};
