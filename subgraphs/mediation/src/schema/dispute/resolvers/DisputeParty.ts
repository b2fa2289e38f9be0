import { enterpriseReference } from '@pecg/common';
import { PARTY_ROLE_LABELS } from '../../../labels';
import type { DisputePartyResolvers } from '../../types.generated';

/**
 * Party names, phones and ID numbers go through the PII gate (PII_POLICY.Dispute, with the enterprise
 * the party belongs to): masked for most roles, audited when clear.
 */
export const DisputeParty: DisputePartyResolvers = {
  name: (p, _a, { pii }) => pii.reveal('NAME', p.name, 'Dispute', p.disputeId, `parties.${p.index}.name`, owner(p)) ?? '',
  phone: (p, _a, { pii }) => pii.reveal('PHONE', p.phone, 'Dispute', p.disputeId, `parties.${p.index}.phone`, owner(p)),
  idNumber: (p, _a, { pii }) => pii.reveal('ID_NUMBER', p.idNumber, 'Dispute', p.disputeId, `parties.${p.index}.idNumber`, owner(p)),
  roleLabel: (p) => PARTY_ROLE_LABELS[p.role],
  /** Null for an enterprise the caller may not see (READ_POLICY). */
  enterprise: (p) => enterpriseReference(p.enterpriseId),
};

function owner(p: { enterpriseId?: { toHexString(): string } | null }): string | null {
  return p.enterpriseId ? p.enterpriseId.toHexString() : null;
}
