import type { MutationResolvers } from '../../../types.generated';
import * as enterprises from '../../../../services/enterprises';

export const changeEnterpriseStatus: NonNullable<MutationResolvers['changeEnterpriseStatus']> = (_parent, args, ctx) =>
  enterprises.changeEnterpriseStatus(ctx, args.id, args.expectedVersion, args.status);
