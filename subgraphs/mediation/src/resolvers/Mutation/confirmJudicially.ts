import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/mediation';

export const confirmJudicially: MutationResolvers['confirmJudicially'] = (_p, { id, expectedVersion, confirmation }, ctx) => service.confirmJudicially(ctx, id, expectedVersion, confirmation);
