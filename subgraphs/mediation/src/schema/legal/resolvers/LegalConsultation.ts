import { enterpriseReference } from '@pecg/common';
import { CONSULTATION_CHANNEL_LABELS } from '../../../labels';
import type { LegalConsultationResolvers } from '../../types.generated';

export const LegalConsultation: LegalConsultationResolvers = {
  id: (c) => c._id.toHexString(),
  channelLabel: (c) => CONSULTATION_CHANNEL_LABELS[c.channel],
  /** Who answered (a lawyer, judge or mediator) is personal information (PII_POLICY.Staff). */
  answeredBy: (c, _a, { pii }) => pii.reveal('NAME', c.answeredBy, 'Staff', c._id.toHexString(), 'answeredBy') ?? '',
  grid: (c, _a, { loaders }) => (c.gridId ? loaders.gridById.load(c.gridId.toHexString()) : null),
  enterprise: (c) => enterpriseReference(c.enterpriseId),
  recorded: (c, _a, { pii }) => pii.revealStamp(c.recorded, c._id.toHexString(), 'recorded'),
};
