import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as supervision from '../../services/supervision';

export const reportUnresolvedMatter: MutationResolvers['reportUnresolvedMatter'] = (_parent, args, ctx) => supervision.reportUnresolvedMatter(ctx, args.input);
