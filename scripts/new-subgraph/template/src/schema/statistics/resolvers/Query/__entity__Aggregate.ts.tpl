import type { QueryResolvers } from '../../../types.generated';
import { __entity__Aggregate as aggregate } from '../../../../services/aggregates';

export const __entity__Aggregate: NonNullable<QueryResolvers['__entity__Aggregate']> = (_p, { filter, groupBy, timeBucket }, ctx) =>
  aggregate(ctx, filter, { groupBy, timeBucket });
