import type { MutationResolvers } from '../../../types.generated';
import * as deadlines from '../../../../services/deadlines';

export const processDeadlines: NonNullable<MutationResolvers['processDeadlines']> = (_parent, args, ctx) => deadlines.processDeadlines(ctx, args.asOf);
