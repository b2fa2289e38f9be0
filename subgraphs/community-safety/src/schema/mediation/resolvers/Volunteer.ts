import { pageSize } from '@pecg/common';
import { latestShiftsOf } from '../../../services/patrols';
import type { VolunteerResolvers } from '../../types.generated';

export const Volunteer: VolunteerResolvers = {
  /** Only the key: the volunteer itself (and who may see it) is the mediation subgraph's. */
  __resolveReference: (reference) => ({ id: reference.id }),
  patrolShifts: (v, { first }, ctx) => latestShiftsOf(ctx, v.id, pageSize(first)),
};
