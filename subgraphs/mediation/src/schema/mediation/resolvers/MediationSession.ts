import { SESSION_MODE_LABELS } from '../../../labels';
import type { MediationSessionResolvers } from '../../types.generated';
import { mediatorsOf } from '../../process/mediator-refs';

export const MediationSession: MediationSessionResolvers = {
  modeLabel: (s) => SESSION_MODE_LABELS[s.mode],
  mediators: (s, _a, ctx) => mediatorsOf(s.mediators, ctx),
  /** The mediator's name as typed in is personal information (PII_POLICY.Staff). */
  mediatorName: (s, _a, { pii }) => pii.reveal('NAME', s.mediatorName, 'Staff', s.disputeId, `sessions.${s.index}.mediatorName`) ?? '',
  dispute: (s, _a, { loaders }) => loaders.disputeById.load(s.disputeId),
  recorded: (s, _a, { pii }) => pii.revealStamp(s.recorded, s.disputeId, `sessions.${s.index}.recorded`),
};
