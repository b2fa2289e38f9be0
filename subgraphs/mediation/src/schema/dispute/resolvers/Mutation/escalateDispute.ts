import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/mediation';

export const escalateDispute: NonNullable<MutationResolvers['escalateDispute']> = (_p, { id, expectedVersion, reason }, ctx) =>
  service.escalateDispute(ctx, id, expectedVersion, reason);
