import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as handling from '../../services/handling';

export const endSpecialProcedure: MutationResolvers['endSpecialProcedure'] = (_parent, args, ctx) => handling.endSpecialProcedure(ctx, args.id, args.expectedVersion, args.at);
