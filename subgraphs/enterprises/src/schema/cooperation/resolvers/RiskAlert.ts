import { labelOf, referenceId } from '@pecg/common';
import type { RiskAlertResolvers } from '../../types.generated';
import { RISK_ALERT_STATUS_LABELS, RISK_ALERT_TYPE_LABELS, RISK_SEVERITY_LABELS } from '../../../labels';
import { activityOf } from '../../../services/sources';

/** A risk alert; an entity resolved through the request's loader (null when the caller may not see it). */
export const RiskAlert: RiskAlertResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.alertById.load(referenceId(reference)),
  id: (a) => a._id.toHexString(),
  enterprise: async (a, _args, { loaders }) => (await loaders.enterpriseById.load(a.enterpriseId.toHexString()))!,
  typeLabel: (a) => labelOf(RISK_ALERT_TYPE_LABELS, a.type)!,
  severityLabel: (a) => labelOf(RISK_SEVERITY_LABELS, a.severity)!,
  statusLabel: (a) => labelOf(RISK_ALERT_STATUS_LABELS, a.status)!,
  origin: (a) => a.origin ?? null,
  activity: (a) => activityOf(a.origin),
  raisedByOfficer: (a, _args, { loaders }) => (a.raisedByOfficerId ? loaders.officerById.load(a.raisedByOfficerId.toHexString()) : null),
  raisedBy: (a, _args, { pii }) => pii.revealStamp(a.raised, `RiskAlert:${a._id.toHexString()}`, 'raised')!,
  updatedBy: (a, _args, { pii }) => pii.revealStamp(a.updated, `RiskAlert:${a._id.toHexString()}`, 'updated')!,
};
