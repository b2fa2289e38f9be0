import type { MutationResolvers } from '../../../types.generated';
import * as enterprises from '../../../../services/enterprises';

export const leaveAlliance: NonNullable<MutationResolvers['leaveAlliance']> = (_parent, args, ctx) =>
  enterprises.leaveAlliance(ctx, args.enterpriseId, args.expectedVersion, args.leftOn);
