import type { QueryResolvers } from '../../../types.generated';
import { enterpriseAggregate as aggregate } from '../../../../services/aggregates';

export const enterpriseAggregate: NonNullable<QueryResolvers['enterpriseAggregate']> = (_parent, { filter, ...args }, ctx) => aggregate(ctx, filter, args);
