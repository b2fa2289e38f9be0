import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as needs from '../../services/needs';

export const offerAdvantageResource: MutationResolvers['offerAdvantageResource'] = (_parent, args, ctx) => needs.offerAdvantageResource(ctx, args.input);
