import { AGREEMENT_FORM_LABELS } from '../../../labels';
import type { MediationAgreementResolvers } from '../../types.generated';

export const MediationAgreement: MediationAgreementResolvers = {
  form: (a) => a.form ?? 'WRITTEN',
  formLabel: (a) => AGREEMENT_FORM_LABELS[a.form ?? 'WRITTEN'],
  signatures: (a) => (a.signatures ?? []).map((s) => ({ ...s, disputeId: a.disputeId, parties: a.parties })),
  seal: (a) => a.seal ?? null,
  effectiveOn: (a) => a.effectiveOn ?? a.signedAt,
  documentPath: (a) => `/documents/mediation/agreements/${a.disputeId}`,
  recorded: (a, _a, { pii }) => pii.revealStamp(a.recorded, a.disputeId, 'agreement.recorded'),
};
