import type { MutationResolvers } from '../../../types.generated';
import * as applications from '../../../../services/applications';

export const withdrawApplication: NonNullable<MutationResolvers['withdrawApplication']> = (_parent, args, ctx) =>
  applications.withdrawApplication(ctx, args.id, args.expectedVersion, args.input);
