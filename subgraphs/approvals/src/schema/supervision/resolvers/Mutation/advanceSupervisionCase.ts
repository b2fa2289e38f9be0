import type { MutationResolvers } from '../../../types.generated';
import * as supervision from '../../../../services/supervision';

export const advanceSupervisionCase: NonNullable<MutationResolvers['advanceSupervisionCase']> = (_parent, args, ctx) =>
  supervision.advanceSupervisionCase(ctx, args.id, args.expectedVersion, args.input);
