import { enterpriseScopeFilter } from '@pecg/common';
import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { enterprisesBreakingOneOfficerRule as find } from '../../services/statistics';

export const enterprisesBreakingOneOfficerRule: QueryResolvers['enterprisesBreakingOneOfficerRule'] = (_parent, _args, { models, caller }) =>
  find(models, enterpriseScopeFilter(caller, '_id'));
