import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as enterprises from '../../services/enterprises';

export const registerEnterprise: MutationResolvers['registerEnterprise'] = (_parent, args, ctx) => enterprises.registerEnterprise(ctx, args.input);
