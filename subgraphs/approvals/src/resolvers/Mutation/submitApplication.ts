import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as applications from '../../services/applications';

export const submitApplication: MutationResolvers['submitApplication'] = (_parent, args, ctx) => applications.submitApplication(ctx, args.id, args.expectedVersion);
