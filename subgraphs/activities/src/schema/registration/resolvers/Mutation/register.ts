import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/registrations';

export const register: NonNullable<MutationResolvers['register']> = (_p, { input }, ctx) => service.register(ctx, input);
