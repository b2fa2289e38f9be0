import type { CommunityLocalResolutionResolvers } from '../../types.generated';

export const CommunityLocalResolution: CommunityLocalResolutionResolvers = {
  community: (row, _a, { loaders }) => loaders.communityById.load(row.key),
  count: (row) => row.closed,
  resolvedLocallyCount: (row) => row.resolvedLocally,
  localResolutionRate: (row) => row.rate,
};
