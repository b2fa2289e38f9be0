import { referenceId } from '@pecg/common';
import { VOLUNTEER_DUTY_LABELS } from '../../../labels';
import type { VolunteerResolvers } from '../../types.generated';

export const Volunteer: VolunteerResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.volunteerById.load(referenceId(reference)),
  id: (v) => v._id.toHexString(),
  name: (v, _a, { pii }) => pii.reveal('NAME', v.name, 'Volunteer', v._id.toHexString(), 'name') ?? '',
  phone: (v, _a, { pii }) => pii.reveal('PHONE', v.phone, 'Volunteer', v._id.toHexString(), 'phone'),
  dutyLabels: (v) => v.duties.map((d) => VOLUNTEER_DUTY_LABELS[d]),
  grid: (v, _a, { loaders }) => loaders.gridById.load(v.gridId.toHexString()),
  enterprise: (v) => (v.enterpriseId ? { id: v.enterpriseId.toHexString() } : null),
};
