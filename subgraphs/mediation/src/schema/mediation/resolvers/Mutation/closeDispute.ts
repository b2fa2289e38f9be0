import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/performance';

export const closeDispute: NonNullable<MutationResolvers['closeDispute']> = (_p, { id, expectedVersion, satisfaction }, ctx) =>
  service.closeDispute(ctx, id, expectedVersion, satisfaction);
