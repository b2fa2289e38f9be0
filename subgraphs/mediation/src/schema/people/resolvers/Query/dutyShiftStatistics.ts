import type { QueryResolvers } from '../../../types.generated';
import { dutyShiftStatistics as statistics } from '../../../../services/lists';

export const dutyShiftStatistics: NonNullable<QueryResolvers['dutyShiftStatistics']> = (_p, { filter }, ctx) => statistics(ctx, filter);
