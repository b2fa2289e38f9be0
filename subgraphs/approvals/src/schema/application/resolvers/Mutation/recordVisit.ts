import type { MutationResolvers } from '../../../types.generated';
import * as applications from '../../../../services/applications';

export const recordVisit: NonNullable<MutationResolvers['recordVisit']> = (_parent, args, ctx) =>
  applications.recordVisit(ctx, args.id, args.expectedVersion, args.input);
