import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { volunteerQuery } from '../../services/filters';
import { VolunteerStatisticsQuery } from '../../services/statistics';

export const volunteerStatistics: QueryResolvers['volunteerStatistics'] = (_p, { filter }, { models }) => new VolunteerStatisticsQuery(models, volunteerQuery(filter));
