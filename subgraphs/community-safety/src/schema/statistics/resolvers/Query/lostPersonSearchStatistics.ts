import type { QueryResolvers } from '../../../types.generated';
import { lostPersonStatistics as statistics } from '../../../../services/statistics';

export const lostPersonSearchStatistics: NonNullable<QueryResolvers['lostPersonSearchStatistics']> = (_p, { filter }, ctx) => statistics(ctx, filter);
