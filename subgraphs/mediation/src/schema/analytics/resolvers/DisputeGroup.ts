import { enterpriseReference } from '@pecg/common';
import type { DisputeGroupResolvers } from '../../types.generated';

export const DisputeGroup: DisputeGroupResolvers = {
  enterprise: (g) => enterpriseReference(g.recordIds.ENTERPRISE),
  community: (g, _a, { loaders }) => (g.recordIds.COMMUNITY ? loaders.communityById.load(g.recordIds.COMMUNITY) : null),
  grid: (g, _a, { loaders }) => (g.recordIds.GRID ? loaders.gridById.load(g.recordIds.GRID) : null),
};
