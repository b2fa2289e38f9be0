import type { QueryResolvers } from '../../../types.generated';
import { patrolShiftAggregate as aggregate } from '../../../../services/aggregates';

export const patrolShiftAggregate: NonNullable<QueryResolvers['patrolShiftAggregate']> = (_p, args, ctx) => aggregate(ctx, args);
