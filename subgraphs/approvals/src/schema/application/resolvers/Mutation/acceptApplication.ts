import type { MutationResolvers } from '../../../types.generated';
import * as handling from '../../../../services/handling';

export const acceptApplication: NonNullable<MutationResolvers['acceptApplication']> = (_parent, args, ctx) =>
  handling.acceptApplication(ctx, args.id, args.expectedVersion);
