import type { MutationResolvers } from '../../../types.generated';
import * as supervision from '../../../../services/supervision';

export const reportUnresolvedMatter: NonNullable<MutationResolvers['reportUnresolvedMatter']> = (_parent, args, ctx) =>
  supervision.reportUnresolvedMatter(ctx, args.input);
