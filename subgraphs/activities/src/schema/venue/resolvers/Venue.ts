import { referenceId } from '@pecg/common';
import type { VenueResolvers } from '../../types.generated';

export const Venue: VenueResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.venueById.load(referenceId(reference)),
  id: (venue) => venue._id.toHexString(),
};
