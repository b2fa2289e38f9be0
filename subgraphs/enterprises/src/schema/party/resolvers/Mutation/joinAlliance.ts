import type { MutationResolvers } from '../../../types.generated';
import * as enterprises from '../../../../services/enterprises';

export const joinAlliance: NonNullable<MutationResolvers['joinAlliance']> = (_parent, args, ctx) =>
  enterprises.joinAlliance(ctx, args.enterpriseId, args.expectedVersion, args.input);
