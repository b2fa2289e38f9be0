import { DEVICE_STATUS_LABELS } from '../../../labels';
import type { DeviceStatusChangeResolvers } from '../../types.generated';

export const DeviceStatusChange: DeviceStatusChangeResolvers = {
  toLabel: (c) => DEVICE_STATUS_LABELS[c.to],
  changed: (c, _a, { pii }) => pii.revealStamp(c.actor, 'Device', 'Device.statusHistory.changed'),
};
