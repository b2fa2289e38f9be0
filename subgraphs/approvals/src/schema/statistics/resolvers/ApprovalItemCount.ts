import type { ApprovalItemCountResolvers } from '../../types.generated';

export const ApprovalItemCount: ApprovalItemCountResolvers = {
  item: async (row, _args, { loaders }) => (await loaders.itemById.load(row.itemId))!,
};
