import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/bookings';

export const cancelBooking: NonNullable<MutationResolvers['cancelBooking']> = (_p, { id, expectedVersion }, ctx) =>
  service.cancelBooking(ctx, id, expectedVersion);
