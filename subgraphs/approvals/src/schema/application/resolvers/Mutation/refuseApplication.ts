import type { MutationResolvers } from '../../../types.generated';
import * as handling from '../../../../services/handling';

export const refuseApplication: NonNullable<MutationResolvers['refuseApplication']> = (_parent, args, ctx) =>
  handling.refuseApplication(ctx, args.id, args.expectedVersion, args.input);
