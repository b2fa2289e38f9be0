import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as handling from '../../services/handling';

export const acceptWithDeficiency: MutationResolvers['acceptWithDeficiency'] = (_parent, args, ctx) => handling.acceptWithDeficiency(ctx, args.id, args.expectedVersion, args.input);
