import { enterpriseReference } from '@pecg/common';
import { CONSULTATION_CHANNEL_LABELS, CONSULTATION_STATUS_LABELS } from '../../../labels';
import type { LegalConsultationResolvers } from '../../types.generated';

export const LegalConsultation: LegalConsultationResolvers = {
  id: (c) => c._id.toHexString(),
  channelLabel: (c) => CONSULTATION_CHANNEL_LABELS[c.channel],
  status: (c) => c.status ?? 'ANSWERED',
  statusLabel: (c) => CONSULTATION_STATUS_LABELS[c.status ?? 'ANSWERED'],
  question: (c) => c.question ?? null,
  /** The person asking: PII_POLICY.LegalConsultation (an enterprise sees its own people). */
  requesterName: (c, _a, { pii }) => pii.reveal('NAME', c.requester?.name, 'LegalConsultation', c._id.toHexString(), 'requester.name', owner(c)),
  requesterPhone: (c, _a, { pii }) => pii.reveal('PHONE', c.requester?.phone, 'LegalConsultation', c._id.toHexString(), 'requester.phone', owner(c)),
  lawyer: (c, _a, { loaders }) => (c.lawyerId ? loaders.volunteerById.load(c.lawyerId.toHexString()) : null),
  outcome: (c) => c.outcome ?? null,
  answeredAt: (c) => c.answeredAt ?? null,
  dispute: (c, _a, { loaders }) => (c.disputeId ? loaders.disputeById.load(c.disputeId.toHexString()) : null),
  version: (c) => c.version ?? 1,
  /** Who answered (a lawyer, judge or mediator) is personal information (PII_POLICY.Staff). */
  answeredBy: (c, _a, { pii }) => pii.reveal('NAME', c.answeredBy, 'Staff', c._id.toHexString(), 'answeredBy') ?? '',
  grid: (c, _a, { loaders }) => (c.gridId ? loaders.gridById.load(c.gridId.toHexString()) : null),
  enterprise: (c) => enterpriseReference(c.enterpriseId),
  recorded: (c, _a, { pii }) => pii.revealStamp(c.recorded, c._id.toHexString(), 'recorded'),
};

function owner(c: { enterpriseId?: { toHexString(): string } | null }): string | null {
  return c.enterpriseId ? c.enterpriseId.toHexString() : null;
}
