import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as needs from '../../services/needs';

export const advanceServiceNeed: MutationResolvers['advanceServiceNeed'] = (_parent, args, ctx) => needs.advanceServiceNeed(ctx, args.id, args.expectedVersion, args.input);
