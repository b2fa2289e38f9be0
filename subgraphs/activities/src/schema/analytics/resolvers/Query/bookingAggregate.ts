import type { QueryResolvers } from '../../../types.generated';
import { bookingAggregate as aggregate } from '../../../../services/booking-aggregate';

export const bookingAggregate: NonNullable<QueryResolvers['bookingAggregate']> = (_p, { filter, groupBy, timeBucket }, ctx) =>
  aggregate(ctx, filter, { groupBy, timeBucket });
