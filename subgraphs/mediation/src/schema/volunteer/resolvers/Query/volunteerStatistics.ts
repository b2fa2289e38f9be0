import type { QueryResolvers } from '../../../types.generated';
import { volunteerStatistics as statistics } from '../../../../services/lists';

export const volunteerStatistics: NonNullable<QueryResolvers['volunteerStatistics']> = (_p, { filter }, ctx) => statistics(ctx, filter);
