import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/disputes';

export const reportDispute: MutationResolvers['reportDispute'] = (_p, { input }, ctx) => service.reportDispute(ctx, input);
