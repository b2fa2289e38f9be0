import type { GridDisputeCountResolvers } from '../../types.generated';

export const GridDisputeCount: GridDisputeCountResolvers = {
  grid: (row, _a, { loaders }) => loaders.gridById.load(row.gridId),
};
