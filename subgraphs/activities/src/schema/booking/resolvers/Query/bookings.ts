import type { QueryResolvers } from '../../../types.generated';
import { listBookings } from '../../../../services/lists';

export const bookings: NonNullable<QueryResolvers['bookings']> = (_p, args, ctx) => listBookings(ctx, args);
