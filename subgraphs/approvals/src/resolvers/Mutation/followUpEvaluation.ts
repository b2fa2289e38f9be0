import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as evaluations from '../../services/evaluations';

export const followUpEvaluation: MutationResolvers['followUpEvaluation'] = (_parent, args, ctx) => evaluations.followUpEvaluation(ctx, args.id, args.expectedVersion, args.input);
