import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as handling from '../../services/handling';

export const refuseApplication: MutationResolvers['refuseApplication'] = (_parent, args, ctx) => handling.refuseApplication(ctx, args.id, args.expectedVersion, args.input);
