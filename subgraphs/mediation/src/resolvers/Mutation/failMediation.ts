import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/mediation';

export const failMediation: MutationResolvers['failMediation'] = (_p, { id, expectedVersion, reason }, ctx) => service.failMediation(ctx, id, expectedVersion, reason);
