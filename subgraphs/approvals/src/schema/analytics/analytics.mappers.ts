/** A group of an aggregate, as `aggregateGroups` returns it (services/aggregates.ts): keys, count, measures, recordIds. */
export type {
  ApplicationAggregateGroup as ApplicationGroupMapper,
  EvaluationAggregateGroup as EvaluationGroupMapper,
  SupervisionCaseAggregateGroup as SupervisionCaseGroupMapper,
} from '../../services/aggregates';
