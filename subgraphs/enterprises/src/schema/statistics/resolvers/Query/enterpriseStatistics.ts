import type { QueryResolvers } from '../../../types.generated';
import { enterpriseStatistics as build } from '../../../../services/statistics';

export const enterpriseStatistics: NonNullable<QueryResolvers['enterpriseStatistics']> = (_parent, { filter }, ctx) => build(ctx, filter);
