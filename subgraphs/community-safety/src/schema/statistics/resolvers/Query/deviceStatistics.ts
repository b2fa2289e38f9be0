import type { QueryResolvers } from '../../../types.generated';
import { deviceStatistics as statistics } from '../../../../services/statistics';

export const deviceStatistics: NonNullable<QueryResolvers['deviceStatistics']> = (_p, { filter }, ctx) => statistics(ctx, filter);
