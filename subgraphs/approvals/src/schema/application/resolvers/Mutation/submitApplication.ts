import type { MutationResolvers } from '../../../types.generated';
import * as applications from '../../../../services/applications';

export const submitApplication: NonNullable<MutationResolvers['submitApplication']> = (_parent, args, ctx) =>
  applications.submitApplication(ctx, args.id, args.expectedVersion);
