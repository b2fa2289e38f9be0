import { Schema, type Types } from 'mongoose';
import { actorStampSchema, type ActorStamp } from '@pecg/common';
import { DEVICE_KINDS, type DeviceKind } from './device';

export const EVENT_KINDS = [
  'CROWD_DENSITY',
  'INTRUSION',
  'FIGHT',
  'FALL',
  'FIRE_SMOKE',
  'VEHICLE_IN_CLOSED_LANE',
  'ABNORMAL_GATHERING',
  'DEVICE_FAULT',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const TRIAGE_STATUSES = ['NEW', 'DISMISSED', 'ESCALATED'] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];

/**
 * A sensing record (感知记录) pushed by the platform: what a device detected, when, and a reference
 * into the video system — never media, never a person's identity.
 */
export interface SensingEventDoc {
  _id: Types.ObjectId;
  /** The platform's id of the event: a second push of the same id is a duplicate, not a second event. */
  platformEventId: string;
  deviceId: Types.ObjectId;
  deviceCode: string;
  /** The device's kind and grid when the event came in (both fixed for a device), stored for analysis. */
  deviceKind?: DeviceKind | null;
  gridId?: Types.ObjectId | null;
  kind: EventKind;
  /** When the device detected it (the platform's clock; never in the future). */
  occurredAt: Date;
  /** When this graph received it (the server's clock). */
  receivedAt: Date;
  /** CST day (YYYY-MM-DD) and month of `occurredAt`, stored for statistics. */
  occurredDay: string;
  occurredMonth: string;
  /** A measured value where the kind has one (people per m² for CROWD_DENSITY). */
  value?: number | null;
  /** Reference of the clip or frame in the video system. */
  mediaRef?: string | null;
  triage: TriageStatus;
  triageReason?: string | null;
  triaged?: ActorStamp | null;
  incidentId?: Types.ObjectId | null;
}

export const sensingEventSchema = new Schema<SensingEventDoc>(
  {
    platformEventId: { type: String, required: true },
    deviceId: { type: Schema.Types.ObjectId, required: true },
    deviceCode: { type: String, required: true },
    deviceKind: { type: String, enum: [...DEVICE_KINDS, null], default: null },
    gridId: { type: Schema.Types.ObjectId, default: null },
    kind: { type: String, required: true, enum: EVENT_KINDS },
    occurredAt: { type: Date, required: true },
    receivedAt: { type: Date, required: true },
    occurredDay: { type: String, required: true },
    occurredMonth: { type: String, required: true },
    value: { type: Number, default: null },
    mediaRef: { type: String, default: null },
    triage: { type: String, required: true, enum: TRIAGE_STATUSES },
    triageReason: { type: String, default: null },
    triaged: { type: actorStampSchema, default: null },
    incidentId: { type: Schema.Types.ObjectId, default: null },
  },
  { collection: 'sensing_events', versionKey: false },
);
sensingEventSchema.index({ platformEventId: 1 }, { unique: true });
sensingEventSchema.index({ occurredAt: -1 });
sensingEventSchema.index({ deviceId: 1, occurredAt: -1 });
sensingEventSchema.index({ kind: 1, occurredAt: -1 });
sensingEventSchema.index({ triage: 1, occurredAt: -1 });
/** `months` and the CST days of an occurredFrom–occurredBefore range (an indexed `$in`: the engine scans ranges). */
sensingEventSchema.index({ occurredMonth: 1 });
sensingEventSchema.index({ occurredDay: 1 });
sensingEventSchema.index({ deviceKind: 1, occurredAt: -1 });
sensingEventSchema.index({ gridId: 1, occurredAt: -1 });
