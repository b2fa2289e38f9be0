import type { QueryResolvers } from '../../../types.generated';
import { activityStatistics as statistics } from '../../../../services/statistics';

export const activityStatistics: NonNullable<QueryResolvers['activityStatistics']> = (_p, { filter }, ctx) => statistics(ctx, filter);
