import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/performance';

export const recordCourtAction: NonNullable<MutationResolvers['recordCourtAction']> = (_p, { id, expectedVersion, action }, ctx) =>
  service.recordCourtAction(ctx, id, expectedVersion, action);
