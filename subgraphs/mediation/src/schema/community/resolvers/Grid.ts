import { referenceId } from '@pecg/common';
import type { GridResolvers } from '../../types.generated';

export const Grid: GridResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.gridById.load(referenceId(reference)),
  id: (g) => g._id.toHexString(),
  community: (g, _a, { loaders }) => loaders.communityById.load(g.communityId.toHexString()),
  worker: (g) => (g.worker ? { ...g.worker, gridId: g._id.toHexString() } : null),
  volunteerCount: (g, _a, { loaders }) => loaders.activeVolunteerCountByGrid.load(g._id.toHexString()),
  openDisputeCount: (g, _a, { loaders }) => loaders.openDisputeCountByGrid.load(g._id.toHexString()),
};
