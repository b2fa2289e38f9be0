import type { MutationResolvers } from '../../../types.generated';
import * as handling from '../../../../services/handling';

export const requestSupplement: NonNullable<MutationResolvers['requestSupplement']> = (_parent, args, ctx) =>
  handling.requestSupplement(ctx, args.id, args.expectedVersion, args.input);
