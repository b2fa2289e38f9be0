import type { IncidentGroupResolvers } from '../../types.generated';

/** The group's enterprise or grid (grouped by it) as a reference: its fields join through the graph. */
export const IncidentGroup: IncidentGroupResolvers = {
  enterprise: (g) => (g.recordIds.ENTERPRISE ? { id: g.recordIds.ENTERPRISE } : null),
  grid: (g) => (g.recordIds.GRID ? { id: g.recordIds.GRID } : null),
};
