import type { DeviceGroupResolvers } from '../../types.generated';

/** The group's grid (grouped by GRID): its fields join through the graph. */
export const DeviceGroup: DeviceGroupResolvers = {
  grid: (g) => (g.recordIds.GRID ? { id: g.recordIds.GRID } : null),
};
