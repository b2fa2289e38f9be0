import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/volunteers';

export const deactivateVolunteer: NonNullable<MutationResolvers['deactivateVolunteer']> = (_p, { id, expectedVersion, reason }, ctx) =>
  service.deactivateVolunteer(ctx, id, expectedVersion, reason);
