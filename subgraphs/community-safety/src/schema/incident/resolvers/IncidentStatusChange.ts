import { INCIDENT_STATUS_LABELS } from '../../../labels';
import type { IncidentStatusChangeResolvers } from '../../types.generated';

export const IncidentStatusChange: IncidentStatusChangeResolvers = {
  toLabel: (c) => INCIDENT_STATUS_LABELS[c.to],
  changed: (c, _a, { pii }) => pii.revealStamp(c.actor, 'Incident', 'Incident.timeline.changed'),
};
