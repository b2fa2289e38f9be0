import type { QueryResolvers } from '../../../types.generated';
import { sensingEventStatistics as statistics } from '../../../../services/statistics';

export const sensingEventStatistics: NonNullable<QueryResolvers['sensingEventStatistics']> = (_p, { filter }, ctx) => statistics(ctx, filter);
