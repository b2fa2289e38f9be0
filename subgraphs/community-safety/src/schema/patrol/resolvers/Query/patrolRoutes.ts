import type { QueryResolvers } from '../../../types.generated';
import { listPatrolRoutes } from '../../../../services/lists';

export const patrolRoutes: NonNullable<QueryResolvers['patrolRoutes']> = (_p, _a, ctx) => listPatrolRoutes(ctx);
