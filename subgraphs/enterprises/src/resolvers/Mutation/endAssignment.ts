import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as assignments from '../../services/assignments';

export const endAssignment: MutationResolvers['endAssignment'] = (_parent, args, ctx) => assignments.endAssignment(ctx, args.id, args.expectedVersion, args.endedOn);
