import { labelOf } from '@pecg/common';
import type { AdvantageResourceResolvers, RiskAlertResolvers, ServiceNeedResolvers } from '../__generated__/resolvers-types';
import {
  ADVANTAGE_RESOURCE_KIND_LABELS,
  RISK_ALERT_STATUS_LABELS,
  RISK_ALERT_TYPE_LABELS,
  RISK_SEVERITY_LABELS,
  SERVICE_NEED_CATEGORY_LABELS,
  SERVICE_NEED_STATUS_LABELS,
} from '../labels';

/** Records about an enterprise: service needs, advantage resources, risk alerts. */
export const ServiceNeed: ServiceNeedResolvers = {
  id: (n) => n._id.toHexString(),
  enterprise: async (n, _args, { loaders }) => (await loaders.enterpriseById.load(n.enterpriseId.toHexString()))!,
  categoryLabel: (n) => labelOf(SERVICE_NEED_CATEGORY_LABELS, n.category)!,
  statusLabel: (n) => labelOf(SERVICE_NEED_STATUS_LABELS, n.status)!,
  raisedBy: (n) => n.raised,
  startedBy: (n) => n.started ?? null,
  resolvedBy: (n) => n.resolved ?? null,
};

export const AdvantageResource: AdvantageResourceResolvers = {
  id: (r) => r._id.toHexString(),
  enterprise: async (r, _args, { loaders }) => (await loaders.enterpriseById.load(r.enterpriseId.toHexString()))!,
  kindLabel: (r) => labelOf(ADVANTAGE_RESOURCE_KIND_LABELS, r.kind)!,
  offeredBy: (r) => r.offered,
};

export const RiskAlert: RiskAlertResolvers = {
  id: (a) => a._id.toHexString(),
  enterprise: async (a, _args, { loaders }) => (await loaders.enterpriseById.load(a.enterpriseId.toHexString()))!,
  typeLabel: (a) => labelOf(RISK_ALERT_TYPE_LABELS, a.type)!,
  severityLabel: (a) => labelOf(RISK_SEVERITY_LABELS, a.severity)!,
  statusLabel: (a) => labelOf(RISK_ALERT_STATUS_LABELS, a.status)!,
  raisedByOfficer: (a, _args, { loaders }) => (a.raisedByOfficerId ? loaders.officerById.load(a.raisedByOfficerId.toHexString()) : null),
  raisedBy: (a) => a.raised,
  updatedBy: (a) => a.updated,
};
