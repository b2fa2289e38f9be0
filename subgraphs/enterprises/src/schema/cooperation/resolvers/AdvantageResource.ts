import { labelOf } from '@pecg/common';
import type { AdvantageResourceResolvers } from '../../types.generated';
import { ADVANTAGE_RESOURCE_KIND_LABELS } from '../../../labels';

export const AdvantageResource: AdvantageResourceResolvers = {
  id: (r) => r._id.toHexString(),
  enterprise: async (r, _args, { loaders }) => (await loaders.enterpriseById.load(r.enterpriseId.toHexString()))!,
  kindLabel: (r) => labelOf(ADVANTAGE_RESOURCE_KIND_LABELS, r.kind)!,
  offeredBy: (r, _args, { pii }) => pii.revealStamp(r.offered, `AdvantageResource:${r._id.toHexString()}`, 'offered')!,
};
