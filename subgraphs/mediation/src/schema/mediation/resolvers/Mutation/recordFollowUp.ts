import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/performance';

export const recordFollowUp: NonNullable<MutationResolvers['recordFollowUp']> = (_p, { id, expectedVersion, visit }, ctx) =>
  service.recordFollowUp(ctx, id, expectedVersion, visit);
