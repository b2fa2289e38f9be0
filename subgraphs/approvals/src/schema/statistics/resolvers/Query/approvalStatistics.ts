import { requireRole } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';
import { STATISTICS_READERS } from '../../../../services/policy';
import { ApprovalStatisticsQuery } from '../../../../services/statistics';

/** The fields are computed by an ApprovalStatisticsQuery (resolvers/ApprovalStatistics.ts): only what is asked, once. */
export const approvalStatistics: NonNullable<QueryResolvers['approvalStatistics']> = (_parent, _args, { caller, models }) => {
  requireRole(caller, STATISTICS_READERS, 'read approval statistics');
  return new ApprovalStatisticsQuery(models);
};
