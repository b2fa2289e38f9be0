import type { AdvantageResourceAggregateResult, RiskAlertAggregateResult } from '../../services/cooperation-aggregates';

/** A group of an aggregate (also its totals): keys, count, measures and the raw keys (`recordIds`). */
export type RiskAlertGroupMapper = RiskAlertAggregateResult['totals'];
export type AdvantageResourceGroupMapper = AdvantageResourceAggregateResult['totals'];
