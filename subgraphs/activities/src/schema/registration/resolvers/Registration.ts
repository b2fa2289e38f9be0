import { referenceId, type FieldNeeds } from '@pecg/common';
import { REGISTRATION_STATUS_LABELS } from '../../../labels';
import { mayReadCheckInCode } from '../../../services/check-in';
import type { RegistrationResolvers } from '../../types.generated';

export const Registration: RegistrationResolvers = {
  /** Null for an unknown id and, alike, for a registration the caller may not see (READ_POLICY). */
  __resolveReference: (reference, { loaders }) => loaders.registrationById.load(referenceId(reference)),
  id: (r) => r._id.toHexString(),
  activity: (r, _a, { loaders }) => loaders.activityById.load(r.activityId.toHexString()),
  enterprise: (r) => ({ id: r.enterpriseId.toHexString() }),
  // the registrant is a person of the registering enterprise: its own ENTERPRISE users see them in the clear
  personName: (r, _a, { pii }) => pii.reveal('NAME', r.personName, 'Registration', r._id.toHexString(), 'personName', r.enterpriseId.toHexString()) ?? '',
  personPhone: (r, _a, { pii }) => pii.reveal('PHONE', r.personPhone, 'Registration', r._id.toHexString(), 'personPhone', r.enterpriseId.toHexString()),
  statusLabel: (r) => REGISTRATION_STATUS_LABELS[r.status],
  attended: (r) => Boolean(r.attended),
  /** A credential, not personal information: officers and the registrant's own enterprise only. */
  checkInCode: (r, _a, ctx) => (r.checkInCode && mayReadCheckInCode(ctx, r) ? r.checkInCode : null),
  checkInCodeUsed: (r) => Boolean(r.checkInCodeUsedAt),
  registered: (r, _a, { pii }) => pii.revealStamp(r.registered, r._id.toHexString(), 'Registration.registered'),
  updated: (r, _a, { pii }) => pii.revealStamp(r.updated, r._id.toHexString(), 'Registration.updated'),
};

/** The document fields each Registration field resolver reads (projections from the selection: `projectionOf`). */
export const REGISTRATION_FIELDS: FieldNeeds = {
  resolvers: Registration,
  needs: {
    id: [],
    activity: ['activityId'],
    enterprise: ['enterpriseId'],
    personName: ['personName', 'enterpriseId'],
    personPhone: ['personPhone', 'enterpriseId'],
    statusLabel: ['status'],
    attended: ['attended'],
    checkInCode: ['checkInCode', 'enterpriseId'],
    checkInCodeUsed: ['checkInCodeUsedAt'],
    registered: ['registered'],
    updated: ['updated'],
  },
};
