import { enterpriseReference, pageSize, projectionOf, referenceId } from '@pecg/common';
import { VOLUNTEER_DUTY_LABELS, VOLUNTEER_ROLE_LABELS } from '../../../labels';
import { DISPUTE_FIELDS } from '../../dispute/resolvers/Dispute';
import type { VolunteerResolvers } from '../../types.generated';

const owner = (v: { enterpriseId?: { toHexString(): string } | null }) => (v.enterpriseId ? v.enterpriseId.toHexString() : null);

export const Volunteer: VolunteerResolvers = {
  /** Null for an unknown volunteer and for one the caller may not see (READ_POLICY narrows the loader's read). */
  __resolveReference: (reference, { loaders }) => loaders.volunteerById.load(referenceId(reference)),
  id: (v) => v._id.toHexString(),
  name: (v, _a, { pii }) => pii.reveal('NAME', v.name, 'Volunteer', v._id.toHexString(), 'name', owner(v)) ?? '',
  phone: (v, _a, { pii }) => pii.reveal('PHONE', v.phone, 'Volunteer', v._id.toHexString(), 'phone', owner(v)),
  dutyLabels: (v) => v.duties.map((d) => VOLUNTEER_DUTY_LABELS[d]),
  roles: (v) => v.roles ?? ['VOLUNTEER'],
  roleLabels: (v) => (v.roles ?? ['VOLUNTEER']).map((r) => VOLUNTEER_ROLE_LABELS[r]),
  skills: (v) => v.skills ?? [],
  grid: (v, _a, { loaders }) => loaders.gridById.load(v.gridId.toHexString()),
  community: async (v, _a, { loaders }) => {
    const communityId = v.communityId ?? (await loaders.gridById.load(v.gridId.toHexString()))?.communityId;
    return communityId ? loaders.communityById.load(communityId.toHexString()) : null;
  },
  deactivation: (v, _a, { pii }) =>
    v.deactivated
      ? { reason: v.deactivated.reason, deactivated: pii.revealStamp(v.deactivated.deactivated, v._id.toHexString(), 'deactivated.deactivated') }
      : null,
  mediatedDisputes: (v, { first }, { loaders }, info) =>
    loaders.latestDisputesByMediator(projectionOf(info, DISPUTE_FIELDS)).load(v._id.toHexString(), pageSize(first)),
  dutyShifts: (v, { first }, { loaders }) => loaders.latestShiftsByVolunteer.load(v._id.toHexString(), pageSize(first)),
  version: (v) => v.version ?? 1,
  enterprise: (v) => enterpriseReference(v.enterpriseId),
};
