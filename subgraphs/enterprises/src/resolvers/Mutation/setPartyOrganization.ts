import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as enterprises from '../../services/enterprises';

export const setPartyOrganization: MutationResolvers['setPartyOrganization'] = (_parent, args, ctx) => enterprises.setPartyOrganization(ctx, args.enterpriseId, args.expectedVersion, args.input);
