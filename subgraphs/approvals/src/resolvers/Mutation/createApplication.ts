import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as applications from '../../services/applications';

export const createApplication: MutationResolvers['createApplication'] = (_parent, args, ctx) => applications.createApplication(ctx, args.input);
