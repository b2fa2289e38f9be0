import type { QueryResolvers } from '../../../types.generated';
import { legalConsultationStatistics as statistics } from '../../../../services/lists';

export const legalConsultationStatistics: NonNullable<QueryResolvers['legalConsultationStatistics']> = (_p, { filter }, ctx) => statistics(ctx, filter);
