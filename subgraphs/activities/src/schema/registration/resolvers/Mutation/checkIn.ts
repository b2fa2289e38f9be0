import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/check-in';

export const checkIn: NonNullable<MutationResolvers['checkIn']> = (_p, { id, expectedVersion }, ctx) => service.checkIn(ctx, id, expectedVersion);
