import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as assignments from '../../services/assignments';

export const assignOfficer: MutationResolvers['assignOfficer'] = (_parent, args, ctx) => assignments.assignOfficer(ctx, args.input);
