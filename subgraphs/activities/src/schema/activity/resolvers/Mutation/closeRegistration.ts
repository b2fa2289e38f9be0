import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/activities';

export const closeRegistration: NonNullable<MutationResolvers['closeRegistration']> = (_p, { id, expectedVersion }, ctx) =>
  service.closeRegistration(ctx, id, expectedVersion);
