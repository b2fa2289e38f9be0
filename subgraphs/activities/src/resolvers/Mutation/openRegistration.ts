import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/activities';

export const openRegistration: MutationResolvers['openRegistration'] = (_p, { id, expectedVersion }, ctx) => service.openRegistration(ctx, id, expectedVersion);
