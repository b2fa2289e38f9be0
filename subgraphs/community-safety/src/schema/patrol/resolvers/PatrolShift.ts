import { referenceId } from '@pecg/common';
import { pageSize } from '@pecg/common';
import { SHIFT_KIND_LABELS, SHIFT_STATUS_LABELS } from '../../../labels';
import { findShift } from '../../../services/patrols';
import type { PatrolShiftResolvers } from '../../types.generated';

export const PatrolShift: PatrolShiftResolvers = {
  __resolveReference: (reference, ctx) => findShift(ctx, referenceId(reference)),
  id: (s) => s._id.toHexString(),
  route: async (s, _a, { loaders }) => (await loaders.routeById.load(s.routeId.toHexString()))!,
  grid: (s) => ({ id: s.gridId.toHexString() }),
  kindLabel: (s) => SHIFT_KIND_LABELS[s.kind],
  statusLabel: (s) => SHIFT_STATUS_LABELS[s.status],
  volunteers: (s, { first }) => s.volunteerIds.slice(0, pageSize(first)).map((v) => ({ id: v.toHexString() })),
};
