/** GraphQL type → the object it is resolved from (`aggregateGroups` results of services/aggregates). */
export type {
  IncidentAggregateResult as IncidentAggregateMapper,
  IncidentGroupRow as IncidentGroupMapper,
  SensingEventAggregateResult as SensingEventAggregateMapper,
  SensingEventGroupRow as SensingEventGroupMapper,
  LostPersonCaseAggregateResult as LostPersonCaseAggregateMapper,
  PatrolShiftAggregateResult as PatrolShiftAggregateMapper,
  PatrolShiftGroupRow as PatrolShiftGroupMapper,
  DeviceAggregateResult as DeviceAggregateMapper,
  DeviceGroupRow as DeviceGroupMapper,
} from '../../services/aggregates';
