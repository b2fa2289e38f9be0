import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as handling from '../../services/handling';

export const denyApplication: MutationResolvers['denyApplication'] = (_parent, args, ctx) => handling.denyApplication(ctx, args.id, args.expectedVersion, args.input);
