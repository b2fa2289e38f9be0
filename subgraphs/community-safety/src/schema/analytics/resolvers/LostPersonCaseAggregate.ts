import type { LostPersonCaseAggregateResolvers } from '../../types.generated';

/** The groups and totals of `aggregateGroups` as they are (keys, count and measures are plain fields). */
export const LostPersonCaseAggregate: LostPersonCaseAggregateResolvers = {};
