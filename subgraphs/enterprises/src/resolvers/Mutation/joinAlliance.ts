import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as enterprises from '../../services/enterprises';

export const joinAlliance: MutationResolvers['joinAlliance'] = (_parent, args, ctx) => enterprises.joinAlliance(ctx, args.enterpriseId, args.expectedVersion, args.input);
