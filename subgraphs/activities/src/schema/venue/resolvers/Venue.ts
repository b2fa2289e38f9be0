import { referenceId } from '@pecg/common';
import { openingHoursOf } from '../../../services/bookings';
import { venueBookings } from '../../../services/lists';
import type { VenueResolvers } from '../../types.generated';

export const Venue: VenueResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.venueById.load(referenceId(reference)),
  id: (venue) => venue._id.toHexString(),
  equipment: (venue) => venue.equipment ?? [],
  openingHours: (venue) => openingHoursOf(venue),
  bookings: (venue, { from, before, first }, ctx) => venueBookings(ctx, venue._id, from, before, first),
};
