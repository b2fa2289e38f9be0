import type { MutationResolvers } from '../../../types.generated';
import { recordVisit } from '../../../../services/patrols';

export const recordCheckpointVisit: NonNullable<MutationResolvers['recordCheckpointVisit']> = (_p, { id, expectedVersion, checkpoint }, ctx) =>
  recordVisit(ctx, id, expectedVersion, checkpoint);
