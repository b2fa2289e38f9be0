import type { MutationResolvers } from '../../../types.generated';
import * as enterprises from '../../../../services/enterprises';

export const updateEnterprise: NonNullable<MutationResolvers['updateEnterprise']> = (_parent, args, ctx) =>
  enterprises.updateEnterprise(ctx, args.id, args.expectedVersion, args.input);
