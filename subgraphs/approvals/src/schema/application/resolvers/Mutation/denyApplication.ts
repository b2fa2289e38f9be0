import type { MutationResolvers } from '../../../types.generated';
import * as handling from '../../../../services/handling';

export const denyApplication: NonNullable<MutationResolvers['denyApplication']> = (_parent, args, ctx) =>
  handling.denyApplication(ctx, args.id, args.expectedVersion, args.input);
