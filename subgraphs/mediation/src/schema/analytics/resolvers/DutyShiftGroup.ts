import { enterpriseReference } from '@pecg/common';
import type { DutyShiftGroupResolvers } from '../../types.generated';

export const DutyShiftGroup: DutyShiftGroupResolvers = {
  enterprise: (g) => enterpriseReference(g.recordIds.ENTERPRISE),
  grid: (g, _a, { loaders }) => (g.recordIds.GRID ? loaders.gridById.load(g.recordIds.GRID) : null),
  community: (g, _a, { loaders }) => (g.recordIds.COMMUNITY ? loaders.communityById.load(g.recordIds.COMMUNITY) : null),
  volunteer: (g, _a, { loaders }) => (g.recordIds.VOLUNTEER ? loaders.volunteerById.load(g.recordIds.VOLUNTEER) : null),
};
