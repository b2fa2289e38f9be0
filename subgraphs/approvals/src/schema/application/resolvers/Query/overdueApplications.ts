import type { QueryResolvers } from '../../../types.generated';
import { listOverdueApplications } from '../../../../services/lists';

export const overdueApplications: NonNullable<QueryResolvers['overdueApplications']> = (_parent, args, ctx) => listOverdueApplications(ctx, args);
