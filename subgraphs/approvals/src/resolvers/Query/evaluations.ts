import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { listEvaluations } from '../../services/lists';

export const evaluations: QueryResolvers['evaluations'] = (_parent, args, { models, caller }) => listEvaluations(models, caller, args);
