import type { QueryResolvers } from '../../../types.generated';
import { enterpriseStatistics as build } from '../../../../services/statistics';

export const enterpriseStatistics: NonNullable<QueryResolvers['enterpriseStatistics']> = (_parent, { filter }, { models, caller }) => build(models, caller, filter);
