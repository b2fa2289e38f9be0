import type { QueryResolvers } from '../../../types.generated';
import { listApplications } from '../../../../services/lists';

export const applications: NonNullable<QueryResolvers['applications']> = (_parent, args, ctx) => listApplications(ctx, args);
