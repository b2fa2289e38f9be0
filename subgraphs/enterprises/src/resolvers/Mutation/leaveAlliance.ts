import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as enterprises from '../../services/enterprises';

export const leaveAlliance: MutationResolvers['leaveAlliance'] = (_parent, args, ctx) => enterprises.leaveAlliance(ctx, args.enterpriseId, args.expectedVersion, args.leftOn);
