import { parseId } from '@pecg/common';
import { pageSize } from '@pecg/common';
import type { CommunitySafetyContext } from '../context';
import type { SensingEventDoc } from '../models';

export function findEvent(ctx: CommunitySafetyContext, id: string): Promise<SensingEventDoc | null> {
  return ctx.loaders.eventById.load(parseId(id).toHexString());
}

/** A device's `first` latest events (Device.recentEvents), one aggregation for every device of a request. */
export function latestEventsOfDevice(ctx: CommunitySafetyContext, deviceId: string, first: number | null | undefined): Promise<SensingEventDoc[]> {
  return ctx.loaders.latestEventsByDevice.load(deviceId, pageSize(first));
}
