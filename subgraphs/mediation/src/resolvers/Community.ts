import { referenceId } from '@pecg/common';
import type { CommunityResolvers, GridResolvers, GridWorkerResolvers } from '../__generated__/resolvers-types';

export const Community: CommunityResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.communityById.load(referenceId(reference)),
  id: (c) => c._id.toHexString(),
  grids: (c, _a, { loaders }) => loaders.gridsByCommunity.load(c._id.toHexString()),
};

export const Grid: GridResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.gridById.load(referenceId(reference)),
  id: (g) => g._id.toHexString(),
  community: (g, _a, { loaders }) => loaders.communityById.load(g.communityId.toHexString()),
  worker: (g) => (g.worker ? { ...g.worker, gridId: g._id.toHexString() } : null),
  volunteerCount: (g, _a, { loaders }) => loaders.activeVolunteerCountByGrid.load(g._id.toHexString()),
  openDisputeCount: (g, _a, { loaders }) => loaders.openDisputeCountByGrid.load(g._id.toHexString()),
};

export const GridWorker: GridWorkerResolvers = {
  name: (w, _a, { pii }) => pii.reveal('NAME', w.name, 'Grid', w.gridId, 'worker.name') ?? '',
  phone: (w, _a, { pii }) => pii.reveal('PHONE', w.phone, 'Grid', w.gridId, 'worker.phone'),
};
