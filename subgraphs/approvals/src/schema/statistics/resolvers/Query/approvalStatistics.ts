import type { QueryResolvers } from '../../../types.generated';
import { approvalStatistics as figures } from '../../../../services/statistics';

/** The fields are computed by an ApprovalStatisticsQuery (resolvers/ApprovalStatistics.ts): only what is asked, once. */
export const approvalStatistics: NonNullable<QueryResolvers['approvalStatistics']> = (_parent, { filter }, ctx) => figures(ctx, filter);
