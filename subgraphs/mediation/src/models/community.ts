import { Schema, type Types } from 'mongoose';

export interface CommunityDoc {
  _id: Types.ObjectId;
  name: string;
  district: string;
  areaKm2?: number | null;
  residents?: number | null;
  residentialCompounds?: number | null;
  peakDailyTourists?: number | null;
}

export interface GridDoc {
  _id: Types.ObjectId;
  communityId: Types.ObjectId;
  name: string;
  covers?: string | null;
  worker?: { name: string; phone?: string | null } | null;
}

export const communitySchema = new Schema<CommunityDoc>(
  {
    name: { type: String, required: true },
    district: { type: String, required: true },
    areaKm2: { type: Number, default: null },
    residents: { type: Number, default: null },
    residentialCompounds: { type: Number, default: null },
    peakDailyTourists: { type: Number, default: null },
  },
  { collection: 'communities', versionKey: false },
);
communitySchema.index({ name: 1 }, { unique: true });

export const gridSchema = new Schema<GridDoc>(
  {
    communityId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true },
    covers: { type: String, default: null },
    worker: { type: new Schema({ name: { type: String, required: true }, phone: { type: String, default: null } }, { _id: false }), default: null },
  },
  { collection: 'grids', versionKey: false },
);
gridSchema.index({ communityId: 1, name: 1 });
