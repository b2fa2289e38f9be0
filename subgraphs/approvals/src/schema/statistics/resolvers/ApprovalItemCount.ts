import type { ApprovalItemCountResolvers } from '../../types.generated';

/** `{ key label count }` with the item itself: key is the item's id, label its name. */
export const ApprovalItemCount: ApprovalItemCountResolvers = {
  key: (row) => row.itemId,
  label: async (row, _args, { loaders }) => (await loaders.itemById.load(row.itemId))?.name ?? row.itemId,
  item: async (row, _args, { loaders }) => (await loaders.itemById.load(row.itemId))!,
};
