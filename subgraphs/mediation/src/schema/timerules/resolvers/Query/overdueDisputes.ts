import type { QueryResolvers } from '../../../types.generated';
import { listOverdueDisputes } from '../../../../services/time-rules';

export const overdueDisputes: NonNullable<QueryResolvers['overdueDisputes']> = (_p, { rule, asOf, filter, sort, first, after }, ctx) =>
  listOverdueDisputes(ctx, rule, asOf, { filter, sort, first, after });
