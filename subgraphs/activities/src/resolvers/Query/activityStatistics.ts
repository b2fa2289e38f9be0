import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { ActivityStatisticsQuery } from '../../services/statistics';

export const activityStatistics: QueryResolvers['activityStatistics'] = (_p, { filter }, { models }) => new ActivityStatisticsQuery(models, filter);
