import type { MutationResolvers } from '../../../types.generated';
import * as enterprises from '../../../../services/enterprises';

export const setPartyOrganization: NonNullable<MutationResolvers['setPartyOrganization']> = (_parent, args, ctx) =>
  enterprises.setPartyOrganization(ctx, args.enterpriseId, args.expectedVersion, args.input);
