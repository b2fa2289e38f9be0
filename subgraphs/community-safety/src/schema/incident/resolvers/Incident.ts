import { enterpriseReference, referenceId } from '@pecg/common';
import { INCIDENT_SEVERITY_LABELS, INCIDENT_SOURCE_LABELS, INCIDENT_STATUS_LABELS } from '../../../labels';
import type { IncidentResolvers } from '../../types.generated';

export const Incident: IncidentResolvers = {
  /** Null for an unknown incident and for one the caller may not see (READ_POLICY narrows the loader's read). */
  __resolveReference: (reference, { loaders }) => loaders.incidentById.load(referenceId(reference)),
  id: (i) => i._id.toHexString(),
  severityLabel: (i) => INCIDENT_SEVERITY_LABELS[i.severity],
  statusLabel: (i) => INCIDENT_STATUS_LABELS[i.status],
  sourceLabel: (i) => INCIDENT_SOURCE_LABELS[i.source],
  sourceEvent: (i, _a, { loaders }) => (i.sourceEventId ? loaders.eventById.load(i.sourceEventId.toHexString()) : null),
  sourceShift: (i, _a, { loaders }) => (i.sourceShiftId ? loaders.shiftById.load(i.sourceShiftId.toHexString()) : null),
  device: (i, _a, { loaders }) => (i.deviceId ? loaders.deviceById.load(i.deviceId.toHexString()) : null),
  enterprise: (i) => enterpriseReference(i.enterpriseId),
  grid: (i) => (i.gridId ? { id: i.gridId.toHexString() } : null),
  owner: (i) => (i.ownerOfficerId ? { id: i.ownerOfficerId.toHexString() } : null),
  dispute: (i) => (i.disputeId ? { id: i.disputeId.toHexString() } : null),
  riskAlert: (i) => (i.riskAlertId ? { id: i.riskAlertId.toHexString() } : null),
  timeline: (i) => i.timeline ?? [],
  created: (i, _a, { pii }) => pii.revealStamp(i.created, i._id.toHexString(), 'Incident.created'),
};
