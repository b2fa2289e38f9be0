import { enterpriseReference, referenceId } from '@pecg/common';
import { VOLUNTEER_DUTY_LABELS } from '../../../labels';
import type { VolunteerResolvers } from '../../types.generated';

const owner = (v: { enterpriseId?: { toHexString(): string } | null }) => (v.enterpriseId ? v.enterpriseId.toHexString() : null);

export const Volunteer: VolunteerResolvers = {
  /** Null for an unknown volunteer and for one the caller may not see (READ_POLICY narrows the loader's read). */
  __resolveReference: (reference, { loaders }) => loaders.volunteerById.load(referenceId(reference)),
  id: (v) => v._id.toHexString(),
  name: (v, _a, { pii }) => pii.reveal('NAME', v.name, 'Volunteer', v._id.toHexString(), 'name', owner(v)) ?? '',
  phone: (v, _a, { pii }) => pii.reveal('PHONE', v.phone, 'Volunteer', v._id.toHexString(), 'phone', owner(v)),
  dutyLabels: (v) => v.duties.map((d) => VOLUNTEER_DUTY_LABELS[d]),
  grid: (v, _a, { loaders }) => loaders.gridById.load(v.gridId.toHexString()),
  enterprise: (v) => enterpriseReference(v.enterpriseId),
};
