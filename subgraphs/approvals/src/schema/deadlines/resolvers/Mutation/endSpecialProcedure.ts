import type { MutationResolvers } from '../../../types.generated';
import * as handling from '../../../../services/handling';

export const endSpecialProcedure: NonNullable<MutationResolvers['endSpecialProcedure']> = (_parent, args, ctx) =>
  handling.endSpecialProcedure(ctx, args.id, args.expectedVersion, args.at);
