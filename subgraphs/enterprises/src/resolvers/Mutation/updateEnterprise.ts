import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as enterprises from '../../services/enterprises';

export const updateEnterprise: MutationResolvers['updateEnterprise'] = (_parent, args, ctx) => enterprises.updateEnterprise(ctx, args.id, args.expectedVersion, args.input);
