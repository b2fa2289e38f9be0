import type { QueryResolvers } from '../../../types.generated';
import { listDisputes } from '../../../../services/lists';

export const disputes: NonNullable<QueryResolvers['disputes']> = (_p, args, ctx) => listDisputes(ctx, args);
