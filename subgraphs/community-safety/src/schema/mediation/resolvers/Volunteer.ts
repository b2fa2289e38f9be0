import { pageSize } from '@pecg/common';
import type { VolunteerResolvers } from '../../types.generated';

export const Volunteer: VolunteerResolvers = {
  /** Only the key: the volunteer itself (and who may see it) is the mediation subgraph's. */
  __resolveReference: (reference) => ({ id: reference.id }),
  patrolShifts: (v, { first }, { loaders }) => loaders.latestShiftsByVolunteer.load(v.id, pageSize(first, 100, 10)),
};
