import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/volunteers';

export const registerVolunteer: NonNullable<MutationResolvers['registerVolunteer']> = (_p, { input }, ctx) => service.registerVolunteer(ctx, input);
