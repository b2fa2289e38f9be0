import type { QueryResolvers } from '../../../types.generated';
import { deviceAggregate as aggregate } from '../../../../services/aggregates';

export const deviceAggregate: NonNullable<QueryResolvers['deviceAggregate']> = (_p, args, ctx) => aggregate(ctx, args);
