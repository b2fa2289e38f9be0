import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/mediation';

export const replaceMediators: NonNullable<MutationResolvers['replaceMediators']> = (_p, { id, expectedVersion, mediators, reason, requestedBy }, ctx) =>
  service.replaceMediators(ctx, id, expectedVersion, mediators, reason, requestedBy);
