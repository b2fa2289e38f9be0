import type { GridPatrolCountResolvers } from '../../types.generated';

export const GridPatrolCount: GridPatrolCountResolvers = {
  grid: (row) => (row.gridId ? { id: row.gridId.toHexString() } : null),
};
