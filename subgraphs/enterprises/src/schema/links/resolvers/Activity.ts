import type { ActivityResolvers } from '../../types.generated';

/** A reference to an activity: the gateway fetches its fields from the activities subgraph. */
export const Activity: ActivityResolvers = {
  id: (a) => a.id,
};
