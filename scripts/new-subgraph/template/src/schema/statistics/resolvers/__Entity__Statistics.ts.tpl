import type { __Entity__StatisticsResolvers } from '../../types.generated';

/** Each figure runs its aggregation only when selected (`__Entity__StatisticsQuery`). */
export const __Entity__Statistics: __Entity__StatisticsResolvers = {
  total: (query) => query.total(),
  byStatus: (query) => query.byStatus(),
  byMonth: (query) => query.byMonth(),
};
