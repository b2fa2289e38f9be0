import type { QueryResolvers } from '../../../types.generated';
import { serviceNeedAggregate as aggregate } from '../../../../services/aggregates';

export const serviceNeedAggregate: NonNullable<QueryResolvers['serviceNeedAggregate']> = (_parent, { filter, ...args }, ctx) => aggregate(ctx, filter, args);
