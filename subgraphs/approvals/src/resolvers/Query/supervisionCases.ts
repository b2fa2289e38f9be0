import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { listSupervisionCases } from '../../services/lists';

export const supervisionCases: QueryResolvers['supervisionCases'] = (_parent, args, { models, caller }) => listSupervisionCases(models, caller, args);
