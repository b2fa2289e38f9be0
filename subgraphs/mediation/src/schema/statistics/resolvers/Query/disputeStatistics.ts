import type { QueryResolvers } from '../../../types.generated';
import { disputeStatistics as statistics } from '../../../../services/lists';

export const disputeStatistics: NonNullable<QueryResolvers['disputeStatistics']> = (_p, { filter }, ctx) => statistics(ctx, filter);
