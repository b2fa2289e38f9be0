import { DISPUTE_LEVEL_LABELS } from '../../../labels';
import type { EscalationResolvers } from '../../types.generated';

export const Escalation: EscalationResolvers = {
  fromLabel: (e) => DISPUTE_LEVEL_LABELS[e.from],
  toLabel: (e) => DISPUTE_LEVEL_LABELS[e.to],
  escalated: (e, _a, { pii }) => pii.revealStamp(e.escalated, e.disputeId, `escalations.${e.index}.escalated`),
};
