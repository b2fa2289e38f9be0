import type { QueryResolvers } from '../../../types.generated';
import { listLostPersonCases } from '../../../../services/lists';

export const lostPersonCases: NonNullable<QueryResolvers['lostPersonCases']> = (_p, args, ctx) => listLostPersonCases(ctx, args);
