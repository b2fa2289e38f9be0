import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as applications from '../../services/applications';

export const withdrawApplication: MutationResolvers['withdrawApplication'] = (_parent, args, ctx) => applications.withdrawApplication(ctx, args.id, args.expectedVersion, args.input);
