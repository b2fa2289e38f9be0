import type { QueryResolvers } from '../../../types.generated';
import { enterprisesBreakingOneOfficerRule as find } from '../../../../services/statistics';

export const enterprisesBreakingOneOfficerRule: NonNullable<QueryResolvers['enterprisesBreakingOneOfficerRule']> = (_parent, { first }, ctx) =>
  find(ctx, first);
