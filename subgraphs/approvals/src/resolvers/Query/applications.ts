import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { listApplications } from '../../services/lists';

export const applications: QueryResolvers['applications'] = (_parent, args, { models, caller }) => listApplications(models, caller, args);
