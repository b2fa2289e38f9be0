import type { QueryResolvers } from '../../../types.generated';
import { listActivities } from '../../../../services/lists';

export const activities: NonNullable<QueryResolvers['activities']> = (_p, args, ctx) => listActivities(ctx, args);
