import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/bookings';

export const checkInBooking: NonNullable<MutationResolvers['checkInBooking']> = (_p, { id, expectedVersion }, ctx) =>
  service.checkInBooking(ctx, id, expectedVersion);
