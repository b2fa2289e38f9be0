import type { QueryResolvers } from '../../../types.generated';
import { disputeAggregate as aggregate } from '../../../../services/aggregates';

export const disputeAggregate: NonNullable<QueryResolvers['disputeAggregate']> = (_p, args, ctx) => aggregate(ctx, args);
