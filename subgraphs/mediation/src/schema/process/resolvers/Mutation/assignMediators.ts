import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/mediation';

export const assignMediators: NonNullable<MutationResolvers['assignMediators']> = (_p, { id, expectedVersion, mediators }, ctx) =>
  service.assignMediators(ctx, id, expectedVersion, mediators);
