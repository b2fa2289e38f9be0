import type { MutationResolvers } from '../../../types.generated';
import * as needs from '../../../../services/needs';

export const assignServiceNeed: NonNullable<MutationResolvers['assignServiceNeed']> = (_parent, args, ctx) =>
  needs.assignServiceNeed(ctx, args.id, args.expectedVersion, args.input);
