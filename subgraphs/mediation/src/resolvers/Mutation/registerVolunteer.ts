import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/volunteers';

export const registerVolunteer: MutationResolvers['registerVolunteer'] = (_p, { input }, ctx) => service.registerVolunteer(ctx, input);
