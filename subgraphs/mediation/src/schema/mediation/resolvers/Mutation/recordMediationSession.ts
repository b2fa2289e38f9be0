import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/mediation';

export const recordMediationSession: NonNullable<MutationResolvers['recordMediationSession']> = (_p, { id, expectedVersion, session }, ctx) =>
  service.recordMediationSession(ctx, id, expectedVersion, session);
