import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/registrations';

export const cancelRegistration: NonNullable<MutationResolvers['cancelRegistration']> = (_p, { id, expectedVersion }, ctx) =>
  service.cancelRegistration(ctx, id, expectedVersion);
