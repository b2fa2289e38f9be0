import type { PatrolShiftGroupResolvers } from '../../types.generated';

/** The group's grid, route or volunteer (when grouped by it): grids and volunteers join through the graph. */
export const PatrolShiftGroup: PatrolShiftGroupResolvers = {
  grid: (g) => (g.recordIds.GRID ? { id: g.recordIds.GRID } : null),
  route: (g, _a, { loaders }) => (g.recordIds.ROUTE ? loaders.routeById.load(g.recordIds.ROUTE) : null),
  volunteer: (g) => (g.recordIds.VOLUNTEER ? { id: g.recordIds.VOLUNTEER } : null),
};
