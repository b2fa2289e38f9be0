import { monthLabel } from '@pecg/common';
import type { GridMonthShiftCountResolvers } from '../../types.generated';

export const GridMonthShiftCount: GridMonthShiftCountResolvers = {
  key: (r) => r.gridId,
  label: async (r, _a, { loaders }) => (await loaders.gridById.load(r.gridId))?.name ?? r.gridId,
  grid: (r, _a, { loaders }) => loaders.gridById.load(r.gridId),
  monthLabel: (r) => monthLabel(r.month),
};
