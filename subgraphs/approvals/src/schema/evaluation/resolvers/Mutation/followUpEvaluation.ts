import type { MutationResolvers } from '../../../types.generated';
import * as evaluations from '../../../../services/evaluations';

export const followUpEvaluation: NonNullable<MutationResolvers['followUpEvaluation']> = (_parent, args, ctx) =>
  evaluations.followUpEvaluation(ctx, args.id, args.expectedVersion, args.input);
