import { loadExisting, pageSize, referenceId } from '@pecg/common';
import type { PoliceOfficerResolvers } from '../../types.generated';

export const PoliceOfficer: PoliceOfficerResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.officerById.load(referenceId(reference)),
  id: (o) => o._id.toHexString(),
  workstation: (o) => o.workstation ?? '万象警务工作站',
  phone: (o, _args, { pii }) => pii.reveal('PHONE', o.phone, 'PoliceOfficer', o._id.toHexString(), 'phone'),
  enterprises: async (o, { first }, { loaders }) => {
    const active = await loaders.assignmentsByOfficer(true).load(o._id.toHexString());
    const ids = [...new Set(active.map((a) => a.enterpriseId.toHexString()))].slice(0, pageSize(first, 100, 20));
    return loadExisting(loaders.enterpriseById, ids);
  },
  assignments: (o, { activeOnly, first }, { loaders }) =>
    loaders.latestAssignmentsByOfficer(Boolean(activeOnly)).load(o._id.toHexString(), pageSize(first, 100, 20)),
};
