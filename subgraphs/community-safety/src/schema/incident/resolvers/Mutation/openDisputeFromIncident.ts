import type { MutationResolvers } from '../../../types.generated';
import { openDisputeFromIncident as open } from '../../../../services/departments';

export const openDisputeFromIncident: NonNullable<MutationResolvers['openDisputeFromIncident']> = (_p, { id, expectedVersion, input }, ctx) =>
  open(ctx, id, expectedVersion, input);
