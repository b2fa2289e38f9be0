import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as applications from '../../services/applications';

export const recordVisit: MutationResolvers['recordVisit'] = (_parent, args, ctx) => applications.recordVisit(ctx, args.id, args.expectedVersion, args.input);
