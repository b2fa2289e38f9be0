import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/bookings';

export const bookVenue: NonNullable<MutationResolvers['bookVenue']> = (_p, { input }, ctx) => service.bookVenue(ctx, input);
