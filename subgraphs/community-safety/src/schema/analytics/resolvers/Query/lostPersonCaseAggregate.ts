import type { QueryResolvers } from '../../../types.generated';
import { lostPersonCaseAggregate as aggregate } from '../../../../services/aggregates';

export const lostPersonCaseAggregate: NonNullable<QueryResolvers['lostPersonCaseAggregate']> = (_p, args, ctx) => aggregate(ctx, args);
