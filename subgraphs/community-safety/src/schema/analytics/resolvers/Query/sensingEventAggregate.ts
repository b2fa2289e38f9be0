import type { QueryResolvers } from '../../../types.generated';
import { sensingEventAggregate as aggregate } from '../../../../services/aggregates';

export const sensingEventAggregate: NonNullable<QueryResolvers['sensingEventAggregate']> = (_p, args, ctx) => aggregate(ctx, args);
