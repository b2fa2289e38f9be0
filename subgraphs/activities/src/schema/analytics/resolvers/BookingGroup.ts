import type { BookingGroupResolvers } from '../../types.generated';

export const BookingGroup: BookingGroupResolvers = {
  venue: (group, _a, { loaders }) => (group.recordIds.VENUE ? loaders.venueById.load(group.recordIds.VENUE) : null),
};
