import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as needs from '../../services/needs';

export const raiseServiceNeed: MutationResolvers['raiseServiceNeed'] = (_parent, args, ctx) => needs.raiseServiceNeed(ctx, args.input);
