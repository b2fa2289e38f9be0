import type { QueryResolvers } from '../../../types.generated';
import { applicationAggregate as aggregate } from '../../../../services/aggregates';

export const applicationAggregate: NonNullable<QueryResolvers['applicationAggregate']> = (_parent, args, ctx) => aggregate(ctx, args);
