import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as enterprises from '../../services/enterprises';

export const changeEnterpriseStatus: MutationResolvers['changeEnterpriseStatus'] = (_parent, args, ctx) => enterprises.changeEnterpriseStatus(ctx, args.id, args.expectedVersion, args.status);
