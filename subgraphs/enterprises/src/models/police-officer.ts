import { Schema, type Connection, type Model, type Types } from 'mongoose';

export interface PoliceOfficerDoc {
  _id: Types.ObjectId;
  name: string;
  badgeNumber: string;
  unit: string;
  workstation: string;
  phone: string | null;
  version: number;
}

export const policeOfficerSchema = new Schema<PoliceOfficerDoc>(
  {
    name: { type: String, required: true },
    badgeNumber: { type: String, required: true },
    unit: { type: String, required: true },
    workstation: { type: String, required: true, default: '万象警务工作站' },
    phone: { type: String, default: null },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'police_officers', timestamps: true, versionKey: false },
);
policeOfficerSchema.index({ badgeNumber: 1 }, { unique: true });
policeOfficerSchema.index({ name: 1, _id: 1 });
policeOfficerSchema.index({ unit: 1, _id: 1 });
policeOfficerSchema.index({ workstation: 1, _id: 1 });

export function policeOfficerModel(connection: Connection): Model<PoliceOfficerDoc> {
  return connection.model<PoliceOfficerDoc>('PoliceOfficer', policeOfficerSchema);
}
