import type { PatrolRouteResolvers } from '../../types.generated';

export const PatrolRoute: PatrolRouteResolvers = {
  id: (r) => r._id.toHexString(),
  grid: (r) => ({ id: r.gridId.toHexString() }),
};
