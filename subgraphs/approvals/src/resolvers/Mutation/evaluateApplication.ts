import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as evaluations from '../../services/evaluations';

export const evaluateApplication: MutationResolvers['evaluateApplication'] = (_parent, args, ctx) => evaluations.evaluateApplication(ctx, args.applicationId, args.input);
