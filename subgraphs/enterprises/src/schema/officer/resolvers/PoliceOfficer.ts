import { loadExisting, referenceId } from '@pecg/common';
import type { PoliceOfficerResolvers } from '../../types.generated';

export const PoliceOfficer: PoliceOfficerResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.officerById.load(referenceId(reference)),
  id: (o) => o._id.toHexString(),
  workstation: (o) => o.workstation ?? '万象警务工作站',
  phone: (o, _args, { pii }) => pii.reveal('PHONE', o.phone, 'PoliceOfficer', o._id.toHexString(), 'phone'),
  enterprises: async (o, _args, { loaders }) => {
    const active = await loaders.assignmentsByOfficer(true).load(o._id.toHexString());
    const ids = [...new Set(active.map((a) => a.enterpriseId.toHexString()))];
    return loadExisting(loaders.enterpriseById, ids);
  },
  assignments: (o, { activeOnly }, { loaders }) => loaders.assignmentsByOfficer(Boolean(activeOnly)).load(o._id.toHexString()),
};
