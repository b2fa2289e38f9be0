import type { EnterpriseAggregateResult, ServiceNeedAggregateResult } from '../../services/aggregates';

/** A group of an aggregate (also its totals): keys, count, measures and the raw keys (`recordIds`). */
export type EnterpriseGroupMapper = EnterpriseAggregateResult['totals'];
export type ServiceNeedGroupMapper = ServiceNeedAggregateResult['totals'];
