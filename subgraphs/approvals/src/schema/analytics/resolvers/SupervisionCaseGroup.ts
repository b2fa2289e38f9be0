import type { SupervisionCaseGroupResolvers } from '../../types.generated';
import { countOf, groupEnterprise } from '../groups';

export const SupervisionCaseGroup: SupervisionCaseGroupResolvers = {
  enterprise: groupEnterprise,
  openCount: countOf('openCount'),
  resolvedCount: countOf('resolvedCount'),
  escalatedCount: countOf('escalatedCount'),
};
