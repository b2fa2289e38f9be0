import type { QueryResolvers } from '../../../types.generated';
import { listSupervisionCases } from '../../../../services/lists';

export const supervisionCases: NonNullable<QueryResolvers['supervisionCases']> = (_parent, args, ctx) => listSupervisionCases(ctx, args);
