import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/registrations';

export const register: MutationResolvers['register'] = (_p, { input }, ctx) => service.register(ctx, input);
