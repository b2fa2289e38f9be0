import type { QueryResolvers } from '../../../types.generated';
import { incidentAggregate as aggregate } from '../../../../services/aggregates';

export const incidentAggregate: NonNullable<QueryResolvers['incidentAggregate']> = (_p, args, ctx) => aggregate(ctx, args);
