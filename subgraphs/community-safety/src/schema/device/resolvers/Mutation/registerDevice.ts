import type { MutationResolvers } from '../../../types.generated';
import { registerDevice as register } from '../../../../services/devices';

export const registerDevice: NonNullable<MutationResolvers['registerDevice']> = (_p, { input }, ctx) => register(ctx, input);
