import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { enterpriseStatistics as build } from '../../services/statistics';

export const enterpriseStatistics: QueryResolvers['enterpriseStatistics'] = (_parent, { filter }, { models, caller }) => build(models, caller, filter);
