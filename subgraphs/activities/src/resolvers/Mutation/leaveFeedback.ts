import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/feedback';

export const leaveFeedback: MutationResolvers['leaveFeedback'] = (_p, { input }, ctx) => service.leaveFeedback(ctx, input);
