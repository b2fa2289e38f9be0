import type { MutationResolvers } from '../../../types.generated';
import { recordFinding } from '../../../../services/patrols';

export const recordPatrolFinding: NonNullable<MutationResolvers['recordPatrolFinding']> = (_p, { id, expectedVersion, input }, ctx) =>
  recordFinding(ctx, id, expectedVersion, input);
