import { PARTY_ROLE_LABELS } from '../../../labels';
import type { DisputePartyResolvers } from '../../types.generated';

/** Party names, phones and ID numbers go through the PII gate: masked for most roles, audited when clear. */
export const DisputeParty: DisputePartyResolvers = {
  name: (p, _a, { pii }) => pii.reveal('NAME', p.name, 'Dispute', p.disputeId, `parties.${p.index}.name`) ?? '',
  phone: (p, _a, { pii }) => pii.reveal('PHONE', p.phone, 'Dispute', p.disputeId, `parties.${p.index}.phone`),
  idNumber: (p, _a, { pii }) => pii.reveal('ID_NUMBER', p.idNumber, 'Dispute', p.disputeId, `parties.${p.index}.idNumber`),
  roleLabel: (p) => PARTY_ROLE_LABELS[p.role],
  enterprise: (p) => (p.enterpriseId ? { id: p.enterpriseId.toHexString() } : null),
};
