import type { MutationResolvers } from '../../../types.generated';
import * as handling from '../../../../services/handling';

export const approveApplication: NonNullable<MutationResolvers['approveApplication']> = (_parent, args, ctx) =>
  handling.approveApplication(ctx, args.id, args.expectedVersion);
