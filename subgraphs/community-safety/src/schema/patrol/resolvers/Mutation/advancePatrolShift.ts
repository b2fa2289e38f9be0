import type { MutationResolvers } from '../../../types.generated';
import { advanceShift } from '../../../../services/patrols';

export const advancePatrolShift: NonNullable<MutationResolvers['advancePatrolShift']> = (_p, { id, expectedVersion, to }, ctx) =>
  advanceShift(ctx, id, expectedVersion, to);
