import type { SensingEventGroupResolvers } from '../../types.generated';

/** The group's device (grouped by DEVICE, one batched load for every group) or grid (grouped by GRID). */
export const SensingEventGroup: SensingEventGroupResolvers = {
  device: (g, _a, { loaders }) => (g.recordIds.DEVICE ? loaders.deviceById.load(g.recordIds.DEVICE) : null),
  grid: (g) => (g.recordIds.GRID ? { id: g.recordIds.GRID } : null),
};
