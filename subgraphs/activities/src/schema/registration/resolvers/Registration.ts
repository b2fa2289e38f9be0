import { referenceId, type FieldNeeds } from '@pecg/common';
import { REGISTRATION_STATUS_LABELS } from '../../../labels';
import type { RegistrationResolvers } from '../../types.generated';
import { canRead } from '../../../services/registrations';

export const Registration: RegistrationResolvers = {
  __resolveReference: async (reference, ctx) => {
    const found = await ctx.loaders.registrationById.load(referenceId(reference));
    return found && canRead(ctx, found) ? found : null;
  },
  id: (r) => r._id.toHexString(),
  activity: (r, _a, { loaders }) => loaders.activityById.load(r.activityId.toHexString()),
  enterprise: (r) => ({ id: r.enterpriseId.toHexString() }),
  personName: (r, _a, { pii }) => pii.reveal('NAME', r.personName, 'Registration', r._id.toHexString(), 'personName') ?? '',
  personPhone: (r, _a, { pii }) => pii.reveal('PHONE', r.personPhone, 'Registration', r._id.toHexString(), 'personPhone'),
  statusLabel: (r) => REGISTRATION_STATUS_LABELS[r.status],
  attended: (r) => Boolean(r.attended),
};

/** The document fields each Registration field resolver reads (projections from the selection: `projectionOf`). */
export const REGISTRATION_FIELDS: FieldNeeds = {
  resolvers: Registration,
  needs: {
    id: [],
    activity: ['activityId'],
    enterprise: ['enterpriseId'],
    personName: ['personName'],
    personPhone: ['personPhone'],
    statusLabel: ['status'],
    attended: ['attended'],
  },
};
