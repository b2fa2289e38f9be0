import type { QueryResolvers } from '../../../types.generated';
import { supervisionCaseAggregate as aggregate } from '../../../../services/aggregates';

export const supervisionCaseAggregate: NonNullable<QueryResolvers['supervisionCaseAggregate']> = (_parent, args, ctx) => aggregate(ctx, args);
