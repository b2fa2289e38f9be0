import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/closing';

export const closeActivity: NonNullable<MutationResolvers['closeActivity']> = (_p, { id, expectedVersion, input }, ctx) =>
  service.closeActivity(ctx, id, expectedVersion, input);
