import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/mediation';

export const declineDispute: NonNullable<MutationResolvers['declineDispute']> = (_p, { id, expectedVersion, ground, reason }, ctx) =>
  service.declineDispute(ctx, id, expectedVersion, ground, reason);
