import type { QueryResolvers } from '../../../types.generated';
import { findShift } from '../../../../services/patrols';

export const patrolShift: NonNullable<QueryResolvers['patrolShift']> = (_p, { id }, ctx) => findShift(ctx, id);
