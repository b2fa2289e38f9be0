import type { MutationResolvers } from '../../../types.generated';
import * as assignments from '../../../../services/assignments';

export const assignOfficer: NonNullable<MutationResolvers['assignOfficer']> = (_parent, args, ctx) => assignments.assignOfficer(ctx, args.input);
