import { BOOKING_STATUS_LABELS } from '../../../labels';
import type { BookingResolvers } from '../../types.generated';

export const Booking: BookingResolvers = {
  id: (b) => b._id.toHexString(),
  venue: async (b, _a, { loaders }) => (await loaders.venueById.load(b.venueId.toHexString()))!,
  activity: (b, _a, { loaders }) => (b.activityId ? loaders.activityById.load(b.activityId.toHexString()) : null),
  statusLabel: (b) => BOOKING_STATUS_LABELS[b.status],
  booked: (b, _a, { pii }) => pii.revealStamp(b.booked, b._id.toHexString(), 'Booking.booked'),
};
