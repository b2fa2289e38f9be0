import type { QueryResolvers } from '../../../types.generated';
import { __entity__Statistics as statistics } from '../../../../services/statistics';

export const __entity__Statistics: NonNullable<QueryResolvers['__entity__Statistics']> = (_p, { filter }, ctx) => statistics(ctx, filter);
