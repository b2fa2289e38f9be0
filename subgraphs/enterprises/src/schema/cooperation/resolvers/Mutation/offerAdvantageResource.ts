import type { MutationResolvers } from '../../../types.generated';
import * as resources from '../../../../services/resources';

export const offerAdvantageResource: NonNullable<MutationResolvers['offerAdvantageResource']> = (_parent, args, ctx) =>
  resources.offerAdvantageResource(ctx, args.input);
