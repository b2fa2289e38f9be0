import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as handling from '../../services/handling';

export const acceptApplication: MutationResolvers['acceptApplication'] = (_parent, args, ctx) => handling.acceptApplication(ctx, args.id, args.expectedVersion);
