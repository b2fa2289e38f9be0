import type { MutationResolvers } from '../../../types.generated';
import * as resources from '../../../../services/resources';

export const matchResourceToNeed: NonNullable<MutationResolvers['matchResourceToNeed']> = (_parent, args, ctx) =>
  resources.matchResourceToNeed(ctx, args.resourceId, args.needId, args.expectedNeedVersion, args.note);
