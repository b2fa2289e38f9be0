import { requireRole } from '@pecg/common';
import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { STATISTICS_READERS } from '../../services/policy';

/** Each statistics field runs its own aggregation (resolvers/ApprovalStatistics.ts): only what is asked is computed. */
export const approvalStatistics: QueryResolvers['approvalStatistics'] = (_parent, _args, { caller }) => {
  requireRole(caller, STATISTICS_READERS, 'read approval statistics');
  return {};
};
