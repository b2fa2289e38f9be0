import type { GridMonthShiftCountResolvers } from '../../types.generated';

export const GridMonthShiftCount: GridMonthShiftCountResolvers = {
  grid: (r, _a, { loaders }) => loaders.gridById.load(r.gridId),
};
