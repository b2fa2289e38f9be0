import type { QueryResolvers } from '../../../types.generated';
import { listPatrolShifts } from '../../../../services/lists';

export const patrolShifts: NonNullable<QueryResolvers['patrolShifts']> = (_p, args, ctx) => listPatrolShifts(ctx, args);
