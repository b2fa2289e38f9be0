import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/mediation';

export const escalateDispute: MutationResolvers['escalateDispute'] = (_p, { id, expectedVersion, reason }, ctx) => service.escalateDispute(ctx, id, expectedVersion, reason);
