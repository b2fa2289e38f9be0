import type { MutationResolvers } from '../../../types.generated';
import * as resources from '../../../../services/resources';

export const updateAdvantageResource: NonNullable<MutationResolvers['updateAdvantageResource']> = (_parent, args, ctx) =>
  resources.updateAdvantageResource(ctx, args.id, args.expectedVersion, args.input);
