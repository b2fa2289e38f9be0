import type { Connection, Model, Schema } from 'mongoose';
import { communitySchema, gridSchema, type CommunityDoc, type GridDoc } from './community';
import { disputeSchema, type DisputeDoc } from './dispute';
import { legalConsultationSchema, type LegalConsultationDoc } from './legal-consultation';
import { dutyShiftSchema, volunteerSchema, type DutyShiftDoc, type VolunteerDoc } from './volunteer';

export * from './community';
export * from './dispute';
export * from './enums';
export * from './legal-consultation';
export * from './volunteer';

function model<T>(connection: Connection, name: string, schema: Schema<T>): Model<T> {
  return (connection.models[name] as Model<T>) ?? connection.model<T>(name, schema);
}

export function createModels(connection: Connection) {
  return {
    Community: model<CommunityDoc>(connection, 'Community', communitySchema),
    Grid: model<GridDoc>(connection, 'Grid', gridSchema),
    Volunteer: model<VolunteerDoc>(connection, 'Volunteer', volunteerSchema),
    DutyShift: model<DutyShiftDoc>(connection, 'DutyShift', dutyShiftSchema),
    Dispute: model<DisputeDoc>(connection, 'Dispute', disputeSchema),
    LegalConsultation: model<LegalConsultationDoc>(connection, 'LegalConsultation', legalConsultationSchema),
  };
}
export type MediationModels = ReturnType<typeof createModels>;
