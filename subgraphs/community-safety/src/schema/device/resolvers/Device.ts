import { referenceId } from '@pecg/common';
import { DEVICE_KIND_LABELS, DEVICE_STATUS_LABELS, PLACE_KIND_LABELS } from '../../../labels';
import { latestEventsOfDevice } from '../../../services/events';
import type { DeviceResolvers } from '../../types.generated';

export const Device: DeviceResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.deviceById.load(referenceId(reference)),
  id: (d) => d._id.toHexString(),
  kindLabel: (d) => DEVICE_KIND_LABELS[d.kind],
  placeKindLabel: (d) => PLACE_KIND_LABELS[d.placeKind],
  statusLabel: (d) => DEVICE_STATUS_LABELS[d.status],
  grid: (d) => (d.gridId ? { id: d.gridId.toHexString() } : null),
  statusHistory: (d) => d.statusHistory ?? [],
  recentEvents: (d, { first }, ctx) => latestEventsOfDevice(ctx, d._id.toHexString(), first),
};
