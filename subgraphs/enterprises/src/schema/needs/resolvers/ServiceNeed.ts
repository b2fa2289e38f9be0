import { labelOf, pageSize, referenceId } from '@pecg/common';
import type { ServiceNeedResolvers } from '../../types.generated';
import { NEED_ASSIGNEE_KIND_LABELS, SERVICE_NEED_CATEGORY_LABELS, SERVICE_NEED_STATUS_LABELS } from '../../../labels';
import { assigneeKindOf } from '../../../services/queries';
import { isOverdue } from '../../../services/due';
import { activityOf } from '../../../services/sources';

/**
 * A service need; an entity (`_entities` resolves it through the request's loader, so a need the caller
 * may not see — another enterprise's, for an ENTERPRISE caller — is null).
 */
export const ServiceNeed: ServiceNeedResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.needById.load(referenceId(reference)),
  id: (n) => n._id.toHexString(),
  enterprise: async (n, _args, { loaders }) => (await loaders.enterpriseById.load(n.enterpriseId.toHexString()))!,
  categoryLabel: (n) => labelOf(SERVICE_NEED_CATEGORY_LABELS, n.category)!,
  statusLabel: (n) => labelOf(SERVICE_NEED_STATUS_LABELS, n.status)!,
  raisedBy: (n, _args, { pii }) => pii.revealStamp(n.raised, `ServiceNeed:${n._id.toHexString()}`, 'raised')!,
  startedBy: (n, _args, { pii }) => pii.revealStamp(n.started, `ServiceNeed:${n._id.toHexString()}`, 'started'),
  resolvedBy: (n, _args, { pii }) => pii.revealStamp(n.resolved, `ServiceNeed:${n._id.toHexString()}`, 'resolved'),
  assignedBy: (n, _args, { pii }) => pii.revealStamp(n.assigned ?? null, `ServiceNeed:${n._id.toHexString()}`, 'assigned'),
  assignee: async (n, _args, { loaders }) => {
    if (n.assigneeOfficerId) {
      const officer = await loaders.officerById.load(n.assigneeOfficerId.toHexString());
      return officer ? { ...officer, __typename: 'PoliceOfficer' as const } : null;
    }
    if (n.assigneeEnterpriseId) {
      const enterprise = await loaders.enterpriseById.load(n.assigneeEnterpriseId.toHexString());
      return enterprise ? { ...enterprise, __typename: 'Enterprise' as const } : null;
    }
    return null;
  },
  assigneeKind: (n) => assigneeKindOf(n),
  assigneeKindLabel: (n) => NEED_ASSIGNEE_KIND_LABELS[assigneeKindOf(n)],
  dueOn: (n) => n.dueOn ?? null,
  overdue: (n) => isOverdue(n),
  resolvedOnTime: (n) => n.resolvedOnTime ?? null,
  source: (n) => n.origin ?? null,
  activity: (n) => activityOf(n.origin),
  matches: async (n, { first }, { loaders }) => (await loaders.matchesByNeed.load(n._id.toHexString())).slice(0, pageSize(first, 100, 20)),
};
