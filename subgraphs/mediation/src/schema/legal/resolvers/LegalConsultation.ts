import { CONSULTATION_CHANNEL_LABELS } from '../../../labels';
import type { LegalConsultationResolvers } from '../../types.generated';

export const LegalConsultation: LegalConsultationResolvers = {
  id: (c) => c._id.toHexString(),
  channelLabel: (c) => CONSULTATION_CHANNEL_LABELS[c.channel],
  grid: (c, _a, { loaders }) => (c.gridId ? loaders.gridById.load(c.gridId.toHexString()) : null),
  enterprise: (c) => (c.enterpriseId ? { id: c.enterpriseId.toHexString() } : null),
};
