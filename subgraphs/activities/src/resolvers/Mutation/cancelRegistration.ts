import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/registrations';

export const cancelRegistration: MutationResolvers['cancelRegistration'] = (_p, { id, expectedVersion }, ctx) => service.cancelRegistration(ctx, id, expectedVersion);
