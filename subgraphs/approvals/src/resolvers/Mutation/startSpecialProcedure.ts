import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as handling from '../../services/handling';

export const startSpecialProcedure: MutationResolvers['startSpecialProcedure'] = (_parent, args, ctx) => handling.startSpecialProcedure(ctx, args.id, args.expectedVersion, args.input);
