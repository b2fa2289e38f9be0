import type { ActivityGroupResolvers } from '../../types.generated';

export const ActivityGroup: ActivityGroupResolvers = {
  venue: (group, _a, { loaders }) => (group.recordIds.VENUE ? loaders.venueById.load(group.recordIds.VENUE) : null),
};
