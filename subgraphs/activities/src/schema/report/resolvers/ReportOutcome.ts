import { OUTCOME_KIND_LABELS } from '../../../labels';
import type { ReportOutcomeResolvers } from '../../types.generated';

export const ReportOutcome: ReportOutcomeResolvers = {
  id: (o) => o._id.toHexString(),
  kindLabel: (o) => OUTCOME_KIND_LABELS[o.kind],
  enterprise: (o) => (o.enterpriseId ? { id: o.enterpriseId.toHexString() } : null),
  deliveryState: (o) => o.delivery.state,
  recordId: (o) => o.delivery.recordId ?? null,
  serviceNeed: (o) => (o.kind === 'NEED_RAISED' && o.delivery.recordId ? { id: o.delivery.recordId } : null),
  riskAlert: (o) => (o.kind === 'RISK_FOUND' && o.delivery.recordId ? { id: o.delivery.recordId } : null),
  attempts: (o) => o.delivery.attempts,
  lastError: (o) => o.delivery.lastError ?? null,
};
