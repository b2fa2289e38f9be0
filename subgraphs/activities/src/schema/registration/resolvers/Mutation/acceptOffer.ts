import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/registrations';

export const acceptOffer: NonNullable<MutationResolvers['acceptOffer']> = (_p, { id, expectedVersion }, ctx) => service.acceptOffer(ctx, id, expectedVersion);
