import type { QueryResolvers } from '../../../types.generated';
import { advantageResourceAggregate as aggregate } from '../../../../services/cooperation-aggregates';

export const advantageResourceAggregate: NonNullable<QueryResolvers['advantageResourceAggregate']> = (_parent, { filter, ...args }, ctx) =>
  aggregate(ctx, filter, args);
