import { connectionResolvers } from '@pecg/common';
import type { Resolvers } from '../__generated__/resolvers-types';
import { advantageResources } from './Query/advantageResources';
import { enterprise } from './Query/enterprise';
import { enterpriseByCreditCode } from './Query/enterpriseByCreditCode';
import { enterpriseStatistics } from './Query/enterpriseStatistics';
import { enterprises } from './Query/enterprises';
import { enterprisesBreakingOneOfficerRule } from './Query/enterprisesBreakingOneOfficerRule';
import { policeOfficer } from './Query/policeOfficer';
import { policeOfficers } from './Query/policeOfficers';
import { riskAlerts } from './Query/riskAlerts';
import { serviceNeeds } from './Query/serviceNeeds';
import { advanceRiskAlert } from './Mutation/advanceRiskAlert';
import { advanceServiceNeed } from './Mutation/advanceServiceNeed';
import { assignOfficer } from './Mutation/assignOfficer';
import { changeEnterpriseStatus } from './Mutation/changeEnterpriseStatus';
import { endAssignment } from './Mutation/endAssignment';
import { joinAlliance } from './Mutation/joinAlliance';
import { leaveAlliance } from './Mutation/leaveAlliance';
import { offerAdvantageResource } from './Mutation/offerAdvantageResource';
import { raiseRiskAlert } from './Mutation/raiseRiskAlert';
import { raiseServiceNeed } from './Mutation/raiseServiceNeed';
import { registerEnterprise } from './Mutation/registerEnterprise';
import { setPartyOrganization } from './Mutation/setPartyOrganization';
import { updateEnterprise } from './Mutation/updateEnterprise';
import { Enterprise } from './Enterprise';
import { EnterpriseStatistics } from './EnterpriseStatistics';
import { AllianceMembership, EnterpriseContact, Liaison, PartyOrganization } from './embedded';
import { OfficerAssignment, PoliceOfficer } from './PoliceOfficer';
import { AdvantageResource, RiskAlert, ServiceNeed } from './records';

export const resolvers: Resolvers = {
  Query: { advantageResources, enterprise, enterpriseByCreditCode, enterpriseStatistics, enterprises, enterprisesBreakingOneOfficerRule, policeOfficer, policeOfficers, riskAlerts, serviceNeeds },
  Mutation: { advanceRiskAlert, advanceServiceNeed, assignOfficer, changeEnterpriseStatus, endAssignment, joinAlliance, leaveAlliance, offerAdvantageResource, raiseRiskAlert, raiseServiceNeed, registerEnterprise, setPartyOrganization, updateEnterprise },
  Enterprise,
  EnterpriseContact,
  AllianceMembership,
  Liaison,
  PartyOrganization,
  PoliceOfficer,
  OfficerAssignment,
  ServiceNeed,
  AdvantageResource,
  RiskAlert,
  EnterpriseStatistics,
  EnterpriseConnection: connectionResolvers,
  PoliceOfficerConnection: connectionResolvers,
  ServiceNeedConnection: connectionResolvers,
  RiskAlertConnection: connectionResolvers,
  AdvantageResourceConnection: connectionResolvers,
};
