import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { disputeQuery } from '../../services/filters';
import { DisputeStatisticsQuery } from '../../services/statistics';

export const disputeStatistics: QueryResolvers['disputeStatistics'] = (_p, { filter }, { models, caller }) => new DisputeStatisticsQuery(models, disputeQuery(caller, filter));
