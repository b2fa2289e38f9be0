import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as deadlines from '../../services/deadlines';

export const processDeadlines: MutationResolvers['processDeadlines'] = (_parent, args, ctx) => deadlines.processDeadlines(ctx, args.asOf);
