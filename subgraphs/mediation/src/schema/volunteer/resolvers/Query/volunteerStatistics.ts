import type { QueryResolvers } from '../../../types.generated';
import { volunteerQuery } from '../../../../services/filters';
import { VolunteerStatisticsQuery } from '../../../../services/statistics';

export const volunteerStatistics: NonNullable<QueryResolvers['volunteerStatistics']> = (_p, { filter }, { models }) => new VolunteerStatisticsQuery(models, volunteerQuery(filter));
