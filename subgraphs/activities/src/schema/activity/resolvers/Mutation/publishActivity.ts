import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/activities';

export const publishActivity: NonNullable<MutationResolvers['publishActivity']> = (_p, { id, expectedVersion }, ctx) =>
  service.publishActivity(ctx, id, expectedVersion);
