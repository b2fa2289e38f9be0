import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as supervision from '../../services/supervision';

export const advanceSupervisionCase: MutationResolvers['advanceSupervisionCase'] = (_parent, args, ctx) => supervision.advanceSupervisionCase(ctx, args.id, args.expectedVersion, args.input);
