import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/activities';

export const openRegistration: NonNullable<MutationResolvers['openRegistration']> = (_p, { id, expectedVersion }, ctx) =>
  service.openRegistration(ctx, id, expectedVersion);
