import type { MutationResolvers } from '../../../types.generated';
import * as handling from '../../../../services/handling';

export const startSpecialProcedure: NonNullable<MutationResolvers['startSpecialProcedure']> = (_parent, args, ctx) =>
  handling.startSpecialProcedure(ctx, args.id, args.expectedVersion, args.input);
