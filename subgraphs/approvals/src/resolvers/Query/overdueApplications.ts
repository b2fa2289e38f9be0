import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { listOverdueApplications } from '../../services/lists';

export const overdueApplications: QueryResolvers['overdueApplications'] = (_parent, args, { models, caller }) => listOverdueApplications(models, caller, args);
