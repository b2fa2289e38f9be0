import type { QueryResolvers } from '../../../types.generated';
import { disputeQuery } from '../../../../services/filters';
import { DisputeStatisticsQuery } from '../../../../services/statistics';

export const disputeStatistics: NonNullable<QueryResolvers['disputeStatistics']> = (_p, { filter }, { models, caller }) => new DisputeStatisticsQuery(models, disputeQuery(caller, filter));
