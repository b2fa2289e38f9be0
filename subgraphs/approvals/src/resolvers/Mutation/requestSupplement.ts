import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as handling from '../../services/handling';

export const requestSupplement: MutationResolvers['requestSupplement'] = (_parent, args, ctx) => handling.requestSupplement(ctx, args.id, args.expectedVersion, args.input);
