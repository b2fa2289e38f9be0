import type { QueryResolvers } from '../../../types.generated';
import { dutyShiftAggregate as aggregate } from '../../../../services/aggregates';

export const dutyShiftAggregate: NonNullable<QueryResolvers['dutyShiftAggregate']> = (_p, args, ctx) => aggregate(ctx, args);
