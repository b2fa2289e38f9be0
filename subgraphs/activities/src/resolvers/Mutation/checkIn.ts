import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/registrations';

export const checkIn: MutationResolvers['checkIn'] = (_p, { id, expectedVersion }, ctx) => service.checkIn(ctx, id, expectedVersion);
