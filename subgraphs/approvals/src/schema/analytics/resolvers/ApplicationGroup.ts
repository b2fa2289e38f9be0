import type { ApplicationGroupResolvers } from '../../types.generated';
import { countOf, groupEnterprise, groupItem } from '../groups';

export const ApplicationGroup: ApplicationGroupResolvers = {
  enterprise: groupEnterprise,
  item: groupItem,
  decidedCount: countOf('decidedCount'),
  acceptedCount: countOf('acceptedCount'),
  acceptedWithDeficiencyCount: countOf('acceptedWithDeficiencyCount'),
  deficiencyFulfilledOnTimeCount: countOf('deficiencyFulfilledOnTimeCount'),
  deficiencyTerminatedCount: countOf('deficiencyTerminatedCount'),
  deficiencyPendingCount: countOf('deficiencyPendingCount'),
  multipleVisitCount: countOf('multipleVisitCount'),
  wentOverdueCount: countOf('wentOverdueCount'),
};
