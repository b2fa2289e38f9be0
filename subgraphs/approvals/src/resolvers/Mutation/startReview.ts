import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as handling from '../../services/handling';

export const startReview: MutationResolvers['startReview'] = (_parent, args, ctx) => handling.startReview(ctx, args.id, args.expectedVersion);
