import { labelOf } from '@pecg/common';
import type { ServiceNeedResolvers } from '../../types.generated';
import { SERVICE_NEED_CATEGORY_LABELS, SERVICE_NEED_STATUS_LABELS } from '../../../labels';

/** Records about an enterprise: service needs, advantage resources, risk alerts. */
export const ServiceNeed: ServiceNeedResolvers = {
  id: (n) => n._id.toHexString(),
  enterprise: async (n, _args, { loaders }) => (await loaders.enterpriseById.load(n.enterpriseId.toHexString()))!,
  categoryLabel: (n) => labelOf(SERVICE_NEED_CATEGORY_LABELS, n.category)!,
  statusLabel: (n) => labelOf(SERVICE_NEED_STATUS_LABELS, n.status)!,
  raisedBy: (n, _args, { pii }) => pii.revealStamp(n.raised, `ServiceNeed:${n._id.toHexString()}`, 'raised')!,
  startedBy: (n, _args, { pii }) => pii.revealStamp(n.started, `ServiceNeed:${n._id.toHexString()}`, 'started'),
  resolvedBy: (n, _args, { pii }) => pii.revealStamp(n.resolved, `ServiceNeed:${n._id.toHexString()}`, 'resolved'),
};
