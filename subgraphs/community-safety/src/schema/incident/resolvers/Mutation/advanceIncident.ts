import type { MutationResolvers } from '../../../types.generated';
import { advanceIncident as advance } from '../../../../services/incidents';

export const advanceIncident: NonNullable<MutationResolvers['advanceIncident']> = (_p, { id, expectedVersion, action, reason }, ctx) =>
  advance(ctx, id, expectedVersion, action, reason);
