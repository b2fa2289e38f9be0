import type { MutationResolvers } from '../../../types.generated';
import * as needs from '../../../../services/needs';

export const offerAdvantageResource: NonNullable<MutationResolvers['offerAdvantageResource']> = (_parent, args, ctx) =>
  needs.offerAdvantageResource(ctx, args.input);
