import { labelOf, pageSize, referenceId } from '@pecg/common';
import type { AdvantageResourceResolvers } from '../../types.generated';
import { ADVANTAGE_RESOURCE_KIND_LABELS, ADVANTAGE_RESOURCE_STATUS_LABELS } from '../../../labels';

/** An advantage resource; an entity resolved through the request's loader (null when the caller may not see it). */
export const AdvantageResource: AdvantageResourceResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.resourceById.load(referenceId(reference)),
  id: (r) => r._id.toHexString(),
  enterprise: async (r, _args, { loaders }) => (await loaders.enterpriseById.load(r.enterpriseId.toHexString()))!,
  kindLabel: (r) => labelOf(ADVANTAGE_RESOURCE_KIND_LABELS, r.kind)!,
  offeredBy: (r, _args, { pii }) => pii.revealStamp(r.offered, `AdvantageResource:${r._id.toHexString()}`, 'offered')!,
  status: (r) => r.status ?? 'ACTIVE',
  statusLabel: (r) => labelOf(ADVANTAGE_RESOURCE_STATUS_LABELS, r.status ?? 'ACTIVE')!,
  updatedBy: (r, _args, { pii }) => pii.revealStamp(r.updated ?? null, `AdvantageResource:${r._id.toHexString()}`, 'updated'),
  withdrawnBy: (r, _args, { pii }) => pii.revealStamp(r.withdrawn ?? null, `AdvantageResource:${r._id.toHexString()}`, 'withdrawn'),
  withdrawalReason: (r) => r.withdrawalReason ?? null,
  matches: async (r, { first }, { loaders }) => (await loaders.matchesByResource.load(r._id.toHexString())).slice(0, pageSize(first, 100, 20)),
  version: (r) => r.version ?? 1,
};
