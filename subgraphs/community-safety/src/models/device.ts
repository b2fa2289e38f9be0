import { Schema, type Types } from 'mongoose';
import { actorStampSchema, type ActorStamp } from '@pecg/common';

export const DEVICE_KINDS = ['HD_CAMERA', 'EAGLE_EYE', 'AI_CAMERA', 'SENSOR'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];
export const DEVICE_STATUSES = ['ONLINE', 'OFFLINE', 'MAINTENANCE'] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];
export const PLACE_KINDS = ['CHECKPOINT', 'KEY_PLACE', 'GRID'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface DeviceStatusChangeDoc {
  from: DeviceStatus | null;
  to: DeviceStatus;
  reason?: string | null;
  actor: ActorStamp;
  at: Date;
}

/**
 * A device of the 立体云防控平台: a camera or sensor at a place. The graph keeps no video: `videoRef`
 * is the device's channel in the video system (资源共享: the platform integrates the area's systems).
 */
export interface DeviceDoc {
  _id: Types.ObjectId;
  /** The platform's id of the device (unique): events name their device by it. */
  code: string;
  name: string;
  kind: DeviceKind;
  placeKind: PlaceKind;
  placeName: string;
  /** The mediation subgraph's Grid the place lies in, if any. */
  gridId?: Types.ObjectId | null;
  community: string;
  videoRef?: string | null;
  status: DeviceStatus;
  statusHistory: DeviceStatusChangeDoc[];
  installedOn: Date;
  created: ActorStamp;
  updated: ActorStamp;
  version: number;
}

const statusChangeSchema = new Schema<DeviceStatusChangeDoc>({ from: String, to: String, reason: String, actor: actorStampSchema, at: Date }, { _id: false });

export const deviceSchema = new Schema<DeviceDoc>(
  {
    code: { type: String, required: true },
    name: { type: String, required: true },
    kind: { type: String, required: true, enum: DEVICE_KINDS },
    placeKind: { type: String, required: true, enum: PLACE_KINDS },
    placeName: { type: String, required: true },
    gridId: { type: Schema.Types.ObjectId, default: null },
    community: { type: String, required: true },
    videoRef: { type: String, default: null },
    status: { type: String, required: true, enum: DEVICE_STATUSES },
    statusHistory: { type: [statusChangeSchema], default: [] },
    installedOn: { type: Date, required: true },
    created: { type: actorStampSchema, required: true },
    updated: { type: actorStampSchema, required: true },
    version: { type: Number, default: 1 },
  },
  { collection: 'devices', versionKey: false },
);
deviceSchema.index({ code: 1 }, { unique: true });
deviceSchema.index({ kind: 1, code: 1 });
deviceSchema.index({ status: 1, code: 1 });
deviceSchema.index({ placeKind: 1, code: 1 });
deviceSchema.index({ gridId: 1, code: 1 });
deviceSchema.index({ installedOn: 1 });
