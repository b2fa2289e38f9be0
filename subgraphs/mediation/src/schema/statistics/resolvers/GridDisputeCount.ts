import type { GridDisputeCountResolvers } from '../../types.generated';

export const GridDisputeCount: GridDisputeCountResolvers = {
  key: (row) => row.gridId,
  label: async (row, _a, { loaders }) => (await loaders.gridById.load(row.gridId))?.name ?? row.gridId,
  grid: (row, _a, { loaders }) => loaders.gridById.load(row.gridId),
};
