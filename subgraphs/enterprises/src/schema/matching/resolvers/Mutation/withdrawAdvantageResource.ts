import type { MutationResolvers } from '../../../types.generated';
import * as resources from '../../../../services/resources';

export const withdrawAdvantageResource: NonNullable<MutationResolvers['withdrawAdvantageResource']> = (_parent, args, ctx) =>
  resources.withdrawAdvantageResource(ctx, args.id, args.expectedVersion, args.reason);
