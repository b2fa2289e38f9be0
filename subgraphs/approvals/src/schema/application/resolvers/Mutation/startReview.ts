import type { MutationResolvers } from '../../../types.generated';
import * as handling from '../../../../services/handling';

export const startReview: NonNullable<MutationResolvers['startReview']> = (_parent, args, ctx) => handling.startReview(ctx, args.id, args.expectedVersion);
