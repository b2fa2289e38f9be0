import { SESSION_MODE_LABELS } from '../../../labels';
import type { MediationSessionResolvers } from '../../types.generated';

export const MediationSession: MediationSessionResolvers = {
  modeLabel: (s) => SESSION_MODE_LABELS[s.mode],
};
