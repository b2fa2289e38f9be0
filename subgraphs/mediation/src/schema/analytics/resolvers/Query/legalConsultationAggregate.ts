import type { QueryResolvers } from '../../../types.generated';
import { legalConsultationAggregate as aggregate } from '../../../../services/aggregates';

export const legalConsultationAggregate: NonNullable<QueryResolvers['legalConsultationAggregate']> = (_p, args, ctx) => aggregate(ctx, args);
