import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/mediation';

export const closeDispute: MutationResolvers['closeDispute'] = (_p, { id, expectedVersion, satisfaction }, ctx) => service.closeDispute(ctx, id, expectedVersion, satisfaction);
