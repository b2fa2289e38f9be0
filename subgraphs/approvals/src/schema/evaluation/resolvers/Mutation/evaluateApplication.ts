import type { MutationResolvers } from '../../../types.generated';
import * as evaluations from '../../../../services/evaluations';

export const evaluateApplication: NonNullable<MutationResolvers['evaluateApplication']> = (_parent, args, ctx) =>
  evaluations.evaluateApplication(ctx, args.applicationId, args.input);
