import { enterpriseReference } from '@pecg/common';
import type { VolunteerGroupResolvers } from '../../types.generated';

export const VolunteerGroup: VolunteerGroupResolvers = {
  enterprise: (g) => enterpriseReference(g.recordIds.ENTERPRISE),
  grid: (g, _a, { loaders }) => (g.recordIds.GRID ? loaders.gridById.load(g.recordIds.GRID) : null),
  community: (g, _a, { loaders }) => (g.recordIds.COMMUNITY ? loaders.communityById.load(g.recordIds.COMMUNITY) : null),
};
