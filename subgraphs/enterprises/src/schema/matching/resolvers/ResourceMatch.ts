import { labelOf } from '@pecg/common';
import type { ResourceMatchResolvers } from '../../types.generated';
import { ADVANTAGE_RESOURCE_KIND_LABELS, MATCH_OUTCOME_LABELS } from '../../../labels';

/**
 * A match of a resource to a need. Its resource, need and enterprises come through the request's
 * loaders on scoped models: what the caller may not see (the other enterprise's record) is null.
 */
export const ResourceMatch: ResourceMatchResolvers = {
  id: (m) => m._id.toHexString(),
  resource: (m, _args, { loaders }) => loaders.resourceById.load(m.resourceId.toHexString()),
  need: (m, _args, { loaders }) => loaders.needById.load(m.needId.toHexString()),
  offeringEnterprise: (m, _args, { loaders }) => loaders.enterpriseById.load(m.offeringEnterpriseId.toHexString()),
  needEnterprise: (m, _args, { loaders }) => loaders.enterpriseById.load(m.needEnterpriseId.toHexString()),
  enterprises: async (m, _args, { loaders }) =>
    (await Promise.all([m.offeringEnterpriseId, m.needEnterpriseId].map((id) => loaders.enterpriseById.load(id.toHexString())))).filter(
      (e): e is NonNullable<typeof e> => Boolean(e),
    ),
  resourceKindLabel: (m) => labelOf(ADVANTAGE_RESOURCE_KIND_LABELS, m.resourceKind)!,
  matchedBy: (m, _args, { pii }) => pii.revealStamp(m.matched, `ResourceMatch:${m._id.toHexString()}`, 'matched')!,
  outcomeLabel: (m) => labelOf(MATCH_OUTCOME_LABELS, m.outcome)!,
  outcomeBy: (m, _args, { pii }) => pii.revealStamp(m.outcomeStamp, `ResourceMatch:${m._id.toHexString()}`, 'outcome'),
};
