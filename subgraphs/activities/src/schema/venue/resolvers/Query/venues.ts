import type { QueryResolvers } from '../../../types.generated';
import { listVenues } from '../../../../services/lists';

export const venues: NonNullable<QueryResolvers['venues']> = (_p, _a, ctx) => listVenues(ctx);
