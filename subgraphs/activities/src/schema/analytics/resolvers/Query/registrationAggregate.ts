import type { QueryResolvers } from '../../../types.generated';
import { registrationAggregate as aggregate } from '../../../../services/aggregates';

export const registrationAggregate: NonNullable<QueryResolvers['registrationAggregate']> = (_p, { filter, groupBy, timeBucket }, ctx) =>
  aggregate(ctx, filter, { groupBy, timeBucket });
