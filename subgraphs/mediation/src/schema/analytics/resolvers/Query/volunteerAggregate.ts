import type { QueryResolvers } from '../../../types.generated';
import { volunteerAggregate as aggregate } from '../../../../services/aggregates';

export const volunteerAggregate: NonNullable<QueryResolvers['volunteerAggregate']> = (_p, args, ctx) => aggregate(ctx, args);
