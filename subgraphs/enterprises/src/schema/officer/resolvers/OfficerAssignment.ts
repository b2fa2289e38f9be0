import { labelOf } from '@pecg/common';
import type { OfficerAssignmentResolvers } from '../../types.generated';
import { ASSIGNMENT_KIND_LABELS } from '../../../labels';

export const OfficerAssignment: OfficerAssignmentResolvers = {
  id: (a) => a._id.toHexString(),
  enterprise: async (a, _args, { loaders }) => (await loaders.enterpriseById.load(a.enterpriseId.toHexString()))!,
  officer: async (a, _args, { loaders }) => (await loaders.officerById.load(a.officerId.toHexString()))!,
  kindLabel: (a) => labelOf(ASSIGNMENT_KIND_LABELS, a.kind)!,
  active: (a) => !a.endedOn,
  assignedBy: (a, _args, { pii }) => pii.revealStamp(a.assigned, `OfficerAssignment:${a._id.toHexString()}`, 'assigned')!,
  endedBy: (a, _args, { pii }) => pii.revealStamp(a.ended, `OfficerAssignment:${a._id.toHexString()}`, 'ended'),
};
