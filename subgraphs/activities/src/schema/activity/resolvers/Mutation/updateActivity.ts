import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/activity-changes';

export const updateActivity: NonNullable<MutationResolvers['updateActivity']> = (_p, { id, expectedVersion, input }, ctx) =>
  service.updateActivity(ctx, id, expectedVersion, input);
