import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/closing';

export const completeActivity: NonNullable<MutationResolvers['completeActivity']> = (_p, { id, expectedVersion, outcome }, ctx) =>
  service.completeActivity(ctx, id, expectedVersion, outcome);
