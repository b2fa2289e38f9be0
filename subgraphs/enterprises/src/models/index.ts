import type { Connection } from 'mongoose';
import { advantageResourceModel } from './advantage-resource';
import { enterpriseModel } from './enterprise';
import { officerAssignmentModel } from './officer-assignment';
import { partyOrganizationModel } from './party-organization';
import { policeOfficerModel } from './police-officer';
import { resourceMatchModel } from './resource-match';
import { riskAlertModel } from './risk-alert';
import { serviceNeedModel } from './service-need';

export function createModels(connection: Connection) {
  return {
    Enterprise: enterpriseModel(connection),
    PoliceOfficer: policeOfficerModel(connection),
    PartyOrganization: partyOrganizationModel(connection),
    OfficerAssignment: officerAssignmentModel(connection),
    ServiceNeed: serviceNeedModel(connection),
    AdvantageResource: advantageResourceModel(connection),
    RiskAlert: riskAlertModel(connection),
    ResourceMatch: resourceMatchModel(connection),
  };
}
export type EnterprisesModels = ReturnType<typeof createModels>;
export * from './enterprise';
export * from './police-officer';
export * from './party-organization';
export * from './officer-assignment';
export * from './service-need';
export * from './advantage-resource';
export * from './risk-alert';
export * from './resource-match';
