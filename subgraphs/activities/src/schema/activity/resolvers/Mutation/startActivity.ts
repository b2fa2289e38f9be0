import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/activities';

export const startActivity: NonNullable<MutationResolvers['startActivity']> = (_p, { id, expectedVersion }, ctx) =>
  service.startActivity(ctx, id, expectedVersion);
