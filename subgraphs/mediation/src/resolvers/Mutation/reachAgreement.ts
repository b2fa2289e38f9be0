import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/mediation';

export const reachAgreement: MutationResolvers['reachAgreement'] = (_p, { id, expectedVersion, terms, signedAt }, ctx) => service.reachAgreement(ctx, id, expectedVersion, terms, signedAt);
