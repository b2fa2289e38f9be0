import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { planActivity as plan } from '../../services/activities';

export const planActivity: MutationResolvers['planActivity'] = (_p, { input }, ctx) => plan(ctx, input);
