import { SESSION_MODE_LABELS } from '../../../labels';
import type { MediationSessionResolvers } from '../../types.generated';

export const MediationSession: MediationSessionResolvers = {
  modeLabel: (s) => SESSION_MODE_LABELS[s.mode],
  /** The mediator's name is personal information (PII_POLICY.Staff). */
  mediatorName: (s, _a, { pii }) => pii.reveal('NAME', s.mediatorName, 'Staff', s.disputeId, `sessions.${s.index}.mediatorName`) ?? '',
  recorded: (s, _a, { pii }) => pii.revealStamp(s.recorded, s.disputeId, `sessions.${s.index}.recorded`),
};
