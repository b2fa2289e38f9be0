import type { QueryResolvers } from '../../../types.generated';
import { listEvaluations } from '../../../../services/lists';

export const evaluations: NonNullable<QueryResolvers['evaluations']> = (_parent, args, ctx) => listEvaluations(ctx, args);
