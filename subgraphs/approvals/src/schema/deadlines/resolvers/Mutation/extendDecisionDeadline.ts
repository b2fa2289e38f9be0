import type { MutationResolvers } from '../../../types.generated';
import * as handling from '../../../../services/handling';

export const extendDecisionDeadline: NonNullable<MutationResolvers['extendDecisionDeadline']> = (_parent, args, ctx) =>
  handling.extendDecisionDeadline(ctx, args.id, args.expectedVersion, args.input);
