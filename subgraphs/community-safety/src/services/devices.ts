import { actorStamp, ConflictError, NotFoundError, parseId, parseInput, requireRole, updateVersioned, ValidationError } from '@pecg/common';
import { Types } from 'mongoose';
import type { CommunitySafetyContext } from '../context';
import { DEVICE_STATUSES, type DeviceDoc, type DeviceStatus } from '../models';
import { reasonText, registerDeviceInput } from '../validation';
import { isPlatform, POLICY } from './policy';

export const COMMUNITY = '白虎滩社区';

export function findDevice(ctx: CommunitySafetyContext, id: string): Promise<DeviceDoc | null> {
  return ctx.loaders.deviceById.load(parseId(id).toHexString());
}

/** Registers a device; its code is unique (a second registration of a code is CONFLICT). */
export async function registerDevice(ctx: CommunitySafetyContext, input: unknown): Promise<DeviceDoc> {
  requireRole(ctx.caller, POLICY.registerDevice, 'register devices');
  const data = parseInput(registerDeviceInput, input);
  const stamp = actorStamp(ctx.caller);
  try {
    const created = await ctx.models.Device.create({
      ...data,
      gridId: data.gridId ? new Types.ObjectId(data.gridId) : null,
      videoRef: data.videoRef ?? null,
      community: COMMUNITY,
      status: 'ONLINE',
      statusHistory: [{ from: null, to: 'ONLINE', reason: '登记上线', actor: stamp, at: stamp.at }],
      created: stamp,
      updated: stamp,
      version: 1,
    });
    return created.toObject() as DeviceDoc;
  } catch (error) {
    if ((error as { code?: number }).code === 11000)
      throw new ConflictError(`input.code: a device with code "${data.code}" is registered already`, { field: 'input.code', value: data.code });
    throw error;
  }
}

/** Changes the status with a reason, appended to the history in the same conditional write. */
export async function changeDeviceStatus(
  ctx: CommunitySafetyContext,
  id: string,
  expectedVersion: number,
  status: DeviceStatus,
  reason: string,
): Promise<DeviceDoc> {
  requireRole(ctx.caller, POLICY.changeDeviceStatus, 'change device statuses');
  if (ctx.caller.role === 'DEPARTMENT' && !isPlatform(ctx.caller)) requireRole(ctx.caller, ['ADMIN', 'POLICE'], 'change device statuses');
  if (!DEVICE_STATUSES.includes(status)) throw new ValidationError(`status: unknown status "${status}"`, { field: 'status', value: status });
  const why = parseInput(reasonText, reason, 'reason');
  const current = await findDevice(ctx, id);
  if (!current) throw new NotFoundError('Device', id);
  if (current.status === status) throw new ValidationError(`status: the device is ${status} already`, { field: 'status', value: status });
  const stamp = actorStamp(ctx.caller);
  const updated = await updateVersioned(
    ctx.models.Device,
    'Device',
    current._id,
    expectedVersion,
    { $set: { status, updated: stamp }, $push: { statusHistory: { from: current.status, to: status, reason: why, actor: stamp, at: stamp.at } } },
    { status: current.status },
  );
  ctx.loaders.deviceById.clear(id);
  return updated;
}
