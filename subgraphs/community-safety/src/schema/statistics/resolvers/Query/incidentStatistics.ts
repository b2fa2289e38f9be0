import type { QueryResolvers } from '../../../types.generated';
import { incidentStatistics as statistics } from '../../../../services/statistics';

export const incidentStatistics: NonNullable<QueryResolvers['incidentStatistics']> = (_p, { filter }, ctx) => statistics(ctx, filter);
