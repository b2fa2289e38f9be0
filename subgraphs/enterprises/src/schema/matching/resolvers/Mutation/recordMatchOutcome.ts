import type { MutationResolvers } from '../../../types.generated';
import * as resources from '../../../../services/resources';

export const recordMatchOutcome: NonNullable<MutationResolvers['recordMatchOutcome']> = (_parent, args, ctx) =>
  resources.recordMatchOutcome(ctx, args.id, args.expectedVersion, args.input);
