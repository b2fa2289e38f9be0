import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/mediation';

export const acceptDispute: NonNullable<MutationResolvers['acceptDispute']> = (_p, { id, expectedVersion, securityMediation }, ctx) =>
  service.acceptDispute(ctx, id, expectedVersion, securityMediation);
