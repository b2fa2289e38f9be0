import type { Connection, Model, Schema } from 'mongoose';
import { deviceSchema, type DeviceDoc } from './device';
import { sensingEventSchema, type SensingEventDoc } from './event';
import { incidentSchema, type IncidentDoc } from './incident';
import { patrolRouteSchema, patrolShiftSchema, type PatrolRouteDoc, type PatrolShiftDoc } from './patrol';
import { lostPersonCaseSchema, type LostPersonCaseDoc } from './search';

export * from './device';
export * from './event';
export * from './incident';
export * from './patrol';
export * from './search';

const model = <T>(connection: Connection, name: string, schema: Schema<T>) => (connection.models[name] as Model<T>) ?? connection.model<T>(name, schema);

export function createModels(connection: Connection) {
  return {
    Device: model<DeviceDoc>(connection, 'Device', deviceSchema),
    SensingEvent: model<SensingEventDoc>(connection, 'SensingEvent', sensingEventSchema),
    Incident: model<IncidentDoc>(connection, 'Incident', incidentSchema),
    LostPersonCase: model<LostPersonCaseDoc>(connection, 'LostPersonCase', lostPersonCaseSchema),
    PatrolRoute: model<PatrolRouteDoc>(connection, 'PatrolRoute', patrolRouteSchema),
    PatrolShift: model<PatrolShiftDoc>(connection, 'PatrolShift', patrolShiftSchema),
  };
}
export type CommunitySafetyModels = ReturnType<typeof createModels>;
