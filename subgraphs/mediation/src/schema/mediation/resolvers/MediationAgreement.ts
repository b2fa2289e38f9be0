import type { MediationAgreementResolvers } from '../../types.generated';

export const MediationAgreement: MediationAgreementResolvers = {
  recorded: (a, _a, { pii }) => pii.revealStamp(a.recorded, a.disputeId, 'agreement.recorded'),
};
