import { referenceId } from '@pecg/common';
import type { CommunityResolvers } from '../../types.generated';

export const Community: CommunityResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.communityById.load(referenceId(reference)),
  id: (c) => c._id.toHexString(),
  grids: (c, _a, { loaders }) => loaders.gridsByCommunity.load(c._id.toHexString()),
};
