import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/activities';

export const cancelActivity: NonNullable<MutationResolvers['cancelActivity']> = (_p, { id, expectedVersion, reason }, ctx) =>
  service.cancelActivity(ctx, id, expectedVersion, reason);
