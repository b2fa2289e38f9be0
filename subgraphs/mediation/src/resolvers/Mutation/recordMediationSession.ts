import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/mediation';

export const recordMediationSession: MutationResolvers['recordMediationSession'] = (_p, { id, expectedVersion, session }, ctx) => service.recordMediationSession(ctx, id, expectedVersion, session);
