import type { GridDutyShiftCountResolvers } from '../../types.generated';

export const GridDutyShiftCount: GridDutyShiftCountResolvers = {
  key: (r) => r.gridId,
  label: async (r, _a, { loaders }) => (await loaders.gridById.load(r.gridId))?.name ?? r.gridId,
  grid: (r, _a, { loaders }) => loaders.gridById.load(r.gridId),
};
