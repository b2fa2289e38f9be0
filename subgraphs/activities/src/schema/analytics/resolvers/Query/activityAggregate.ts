import type { QueryResolvers } from '../../../types.generated';
import { activityAggregate as aggregate } from '../../../../services/aggregates';

export const activityAggregate: NonNullable<QueryResolvers['activityAggregate']> = (_p, { filter, groupBy, timeBucket }, ctx) =>
  aggregate(ctx, filter, { groupBy, timeBucket });
