import type { MutationResolvers } from '../../../types.generated';
import * as needs from '../../../../services/needs';

export const advanceServiceNeed: NonNullable<MutationResolvers['advanceServiceNeed']> = (_parent, args, ctx) =>
  needs.advanceServiceNeed(ctx, args.id, args.expectedVersion, args.input);
