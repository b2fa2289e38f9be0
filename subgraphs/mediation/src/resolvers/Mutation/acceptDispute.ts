import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/mediation';

export const acceptDispute: MutationResolvers['acceptDispute'] = (_p, { id, expectedVersion }, ctx) => service.acceptDispute(ctx, id, expectedVersion);
