import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { listEnterprises } from '../../services/lists';

export const enterprises: QueryResolvers['enterprises'] = (_parent, args, { models, caller }) => listEnterprises(models, caller, args);
