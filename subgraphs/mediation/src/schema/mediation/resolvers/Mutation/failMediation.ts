import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/mediation';

export const failMediation: NonNullable<MutationResolvers['failMediation']> = (_p, { id, expectedVersion, reason }, ctx) =>
  service.failMediation(ctx, id, expectedVersion, reason);
