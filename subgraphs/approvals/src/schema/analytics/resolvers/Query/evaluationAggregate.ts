import type { QueryResolvers } from '../../../types.generated';
import { evaluationAggregate as aggregate } from '../../../../services/aggregates';

export const evaluationAggregate: NonNullable<QueryResolvers['evaluationAggregate']> = (_parent, args, ctx) => aggregate(ctx, args);
