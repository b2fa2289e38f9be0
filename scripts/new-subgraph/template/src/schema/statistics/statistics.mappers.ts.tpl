/** GraphQL type → the object it is resolved from (codegen's server preset reads every `*Mapper` here). */
import type { __Entity__Status } from '../../models';

export type { __Entity__StatisticsQuery as __Entity__StatisticsMapper } from '../../services/statistics';
export type __Entity__StatusCountMapper = { key: __Entity__Status; count: number };
export type { __Entity__AggregateGroup as __Entity__GroupMapper } from '../../services/aggregates';
