import type { QueryResolvers } from '../../../types.generated';
import { ActivityStatisticsQuery } from '../../../../services/statistics';

export const activityStatistics: NonNullable<QueryResolvers['activityStatistics']> = (_p, { filter }, { models }) => new ActivityStatisticsQuery(models, filter);
