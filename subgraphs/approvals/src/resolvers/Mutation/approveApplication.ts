import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as handling from '../../services/handling';

export const approveApplication: MutationResolvers['approveApplication'] = (_parent, args, ctx) => handling.approveApplication(ctx, args.id, args.expectedVersion);
