import type { MutationResolvers } from '../../../types.generated';
import * as assignments from '../../../../services/assignments';

export const endAssignment: NonNullable<MutationResolvers['endAssignment']> = (_parent, args, ctx) =>
  assignments.endAssignment(ctx, args.id, args.expectedVersion, args.endedOn);
