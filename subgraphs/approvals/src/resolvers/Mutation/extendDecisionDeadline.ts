import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as handling from '../../services/handling';

export const extendDecisionDeadline: MutationResolvers['extendDecisionDeadline'] = (_parent, args, ctx) => handling.extendDecisionDeadline(ctx, args.id, args.expectedVersion, args.input);
