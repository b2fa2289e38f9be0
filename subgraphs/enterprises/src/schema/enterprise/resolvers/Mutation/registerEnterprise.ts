import type { MutationResolvers } from '../../../types.generated';
import * as enterprises from '../../../../services/enterprises';

export const registerEnterprise: NonNullable<MutationResolvers['registerEnterprise']> = (_parent, args, ctx) => enterprises.registerEnterprise(ctx, args.input);
