import { enterpriseScopeFilter } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';
import { enterprisesBreakingOneOfficerRule as find } from '../../../../services/statistics';

export const enterprisesBreakingOneOfficerRule: NonNullable<QueryResolvers['enterprisesBreakingOneOfficerRule']> = (_parent, _args, { models, caller }) =>
  find(models, enterpriseScopeFilter(caller, '_id'));
