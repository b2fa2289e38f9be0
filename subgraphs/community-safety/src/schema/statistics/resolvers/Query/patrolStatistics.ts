import type { QueryResolvers } from '../../../types.generated';
import { patrolStatistics as statistics } from '../../../../services/statistics';

export const patrolStatistics: NonNullable<QueryResolvers['patrolStatistics']> = (_p, { filter }, ctx) => statistics(ctx, filter);
