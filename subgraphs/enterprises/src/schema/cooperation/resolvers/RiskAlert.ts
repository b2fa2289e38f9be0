import { labelOf } from '@pecg/common';
import type { RiskAlertResolvers } from '../../types.generated';
import { RISK_ALERT_STATUS_LABELS, RISK_ALERT_TYPE_LABELS, RISK_SEVERITY_LABELS } from '../../../labels';

export const RiskAlert: RiskAlertResolvers = {
  id: (a) => a._id.toHexString(),
  enterprise: async (a, _args, { loaders }) => (await loaders.enterpriseById.load(a.enterpriseId.toHexString()))!,
  typeLabel: (a) => labelOf(RISK_ALERT_TYPE_LABELS, a.type)!,
  severityLabel: (a) => labelOf(RISK_SEVERITY_LABELS, a.severity)!,
  statusLabel: (a) => labelOf(RISK_ALERT_STATUS_LABELS, a.status)!,
  raisedByOfficer: (a, _args, { loaders }) => (a.raisedByOfficerId ? loaders.officerById.load(a.raisedByOfficerId.toHexString()) : null),
  raisedBy: (a, _args, { pii }) => pii.revealStamp(a.raised, `RiskAlert:${a._id.toHexString()}`, 'raised')!,
  updatedBy: (a, _args, { pii }) => pii.revealStamp(a.updated, `RiskAlert:${a._id.toHexString()}`, 'updated')!,
};
