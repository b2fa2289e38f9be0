import type { MutationResolvers } from '../../../types.generated';
import * as handling from '../../../../services/handling';

export const acceptWithDeficiency: NonNullable<MutationResolvers['acceptWithDeficiency']> = (_parent, args, ctx) =>
  handling.acceptWithDeficiency(ctx, args.id, args.expectedVersion, args.input);
