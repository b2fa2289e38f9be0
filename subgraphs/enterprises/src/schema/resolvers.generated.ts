/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated';
    import    { advantageResourceAggregate as Query_advantageResourceAggregate } from './cooperationanalytics/resolvers/Query/advantageResourceAggregate';
import    { advantageResources as Query_advantageResources } from './cooperation/resolvers/Query/advantageResources';
import    { alliance as Query_alliance } from './party/resolvers/Query/alliance';
import    { enterprise as Query_enterprise } from './enterprise/resolvers/Query/enterprise';
import    { enterpriseAggregate as Query_enterpriseAggregate } from './analytics/resolvers/Query/enterpriseAggregate';
import    { enterpriseByCreditCode as Query_enterpriseByCreditCode } from './enterprise/resolvers/Query/enterpriseByCreditCode';
import    { enterpriseStatistics as Query_enterpriseStatistics } from './statistics/resolvers/Query/enterpriseStatistics';
import    { enterprises as Query_enterprises } from './enterprise/resolvers/Query/enterprises';
import    { enterprisesBreakingOneOfficerRule as Query_enterprisesBreakingOneOfficerRule } from './officer/resolvers/Query/enterprisesBreakingOneOfficerRule';
import    { policeOfficer as Query_policeOfficer } from './officer/resolvers/Query/policeOfficer';
import    { policeOfficers as Query_policeOfficers } from './officer/resolvers/Query/policeOfficers';
import    { riskAlertAggregate as Query_riskAlertAggregate } from './cooperationanalytics/resolvers/Query/riskAlertAggregate';
import    { riskAlerts as Query_riskAlerts } from './cooperation/resolvers/Query/riskAlerts';
import    { serviceNeedAggregate as Query_serviceNeedAggregate } from './analytics/resolvers/Query/serviceNeedAggregate';
import    { serviceNeeds as Query_serviceNeeds } from './needs/resolvers/Query/serviceNeeds';
import    { advanceRiskAlert as Mutation_advanceRiskAlert } from './cooperation/resolvers/Mutation/advanceRiskAlert';
import    { advanceServiceNeed as Mutation_advanceServiceNeed } from './needs/resolvers/Mutation/advanceServiceNeed';
import    { assignOfficer as Mutation_assignOfficer } from './officer/resolvers/Mutation/assignOfficer';
import    { assignServiceNeed as Mutation_assignServiceNeed } from './needs/resolvers/Mutation/assignServiceNeed';
import    { changeEnterpriseStatus as Mutation_changeEnterpriseStatus } from './enterprise/resolvers/Mutation/changeEnterpriseStatus';
import    { endAssignment as Mutation_endAssignment } from './officer/resolvers/Mutation/endAssignment';
import    { joinAlliance as Mutation_joinAlliance } from './party/resolvers/Mutation/joinAlliance';
import    { leaveAlliance as Mutation_leaveAlliance } from './party/resolvers/Mutation/leaveAlliance';
import    { matchResourceToNeed as Mutation_matchResourceToNeed } from './matching/resolvers/Mutation/matchResourceToNeed';
import    { offerAdvantageResource as Mutation_offerAdvantageResource } from './cooperation/resolvers/Mutation/offerAdvantageResource';
import    { raiseRiskAlert as Mutation_raiseRiskAlert } from './cooperation/resolvers/Mutation/raiseRiskAlert';
import    { raiseServiceNeed as Mutation_raiseServiceNeed } from './needs/resolvers/Mutation/raiseServiceNeed';
import    { recordMatchOutcome as Mutation_recordMatchOutcome } from './matching/resolvers/Mutation/recordMatchOutcome';
import    { registerEnterprise as Mutation_registerEnterprise } from './enterprise/resolvers/Mutation/registerEnterprise';
import    { setPartyOrganization as Mutation_setPartyOrganization } from './party/resolvers/Mutation/setPartyOrganization';
import    { updateAdvantageResource as Mutation_updateAdvantageResource } from './matching/resolvers/Mutation/updateAdvantageResource';
import    { updateEnterprise as Mutation_updateEnterprise } from './enterprise/resolvers/Mutation/updateEnterprise';
import    { withdrawAdvantageResource as Mutation_withdrawAdvantageResource } from './matching/resolvers/Mutation/withdrawAdvantageResource';
import    { Activity } from './links/resolvers/Activity';
import    { AdvantageResource } from './cooperation/resolvers/AdvantageResource';
import    { AdvantageResourceConnection } from './cooperation/resolvers/AdvantageResourceConnection';
import    { AdvantageResourceGroup } from './cooperationanalytics/resolvers/AdvantageResourceGroup';
import    { AllianceMembership } from './party/resolvers/AllianceMembership';
import    { Enterprise } from './enterprise/resolvers/Enterprise';
import    { EnterpriseConnection } from './enterprise/resolvers/EnterpriseConnection';
import    { EnterpriseContact } from './enterprise/resolvers/EnterpriseContact';
import    { EnterpriseGroup } from './analytics/resolvers/EnterpriseGroup';
import    { EnterpriseStatistics } from './statistics/resolvers/EnterpriseStatistics';
import    { Liaison } from './party/resolvers/Liaison';
import    { OfficerAssignment } from './officer/resolvers/OfficerAssignment';
import    { PartyOrganization } from './party/resolvers/PartyOrganization';
import    { PoliceOfficer } from './officer/resolvers/PoliceOfficer';
import    { PoliceOfficerConnection } from './officer/resolvers/PoliceOfficerConnection';
import    { RecordSource } from './links/resolvers/RecordSource';
import    { ResourceMatch } from './matching/resolvers/ResourceMatch';
import    { RiskAlert } from './cooperation/resolvers/RiskAlert';
import    { RiskAlertConnection } from './cooperation/resolvers/RiskAlertConnection';
import    { RiskAlertGroup } from './cooperationanalytics/resolvers/RiskAlertGroup';
import    { ServiceNeed } from './needs/resolvers/ServiceNeed';
import    { ServiceNeedConnection } from './needs/resolvers/ServiceNeedConnection';
import    { ServiceNeedGroup } from './analytics/resolvers/ServiceNeedGroup';
    export const resolvers: Resolvers = {
      Query: { advantageResourceAggregate: Query_advantageResourceAggregate,advantageResources: Query_advantageResources,alliance: Query_alliance,enterprise: Query_enterprise,enterpriseAggregate: Query_enterpriseAggregate,enterpriseByCreditCode: Query_enterpriseByCreditCode,enterpriseStatistics: Query_enterpriseStatistics,enterprises: Query_enterprises,enterprisesBreakingOneOfficerRule: Query_enterprisesBreakingOneOfficerRule,policeOfficer: Query_policeOfficer,policeOfficers: Query_policeOfficers,riskAlertAggregate: Query_riskAlertAggregate,riskAlerts: Query_riskAlerts,serviceNeedAggregate: Query_serviceNeedAggregate,serviceNeeds: Query_serviceNeeds },
      Mutation: { advanceRiskAlert: Mutation_advanceRiskAlert,advanceServiceNeed: Mutation_advanceServiceNeed,assignOfficer: Mutation_assignOfficer,assignServiceNeed: Mutation_assignServiceNeed,changeEnterpriseStatus: Mutation_changeEnterpriseStatus,endAssignment: Mutation_endAssignment,joinAlliance: Mutation_joinAlliance,leaveAlliance: Mutation_leaveAlliance,matchResourceToNeed: Mutation_matchResourceToNeed,offerAdvantageResource: Mutation_offerAdvantageResource,raiseRiskAlert: Mutation_raiseRiskAlert,raiseServiceNeed: Mutation_raiseServiceNeed,recordMatchOutcome: Mutation_recordMatchOutcome,registerEnterprise: Mutation_registerEnterprise,setPartyOrganization: Mutation_setPartyOrganization,updateAdvantageResource: Mutation_updateAdvantageResource,updateEnterprise: Mutation_updateEnterprise,withdrawAdvantageResource: Mutation_withdrawAdvantageResource },
      
      Activity: Activity,
AdvantageResource: AdvantageResource,
AdvantageResourceConnection: AdvantageResourceConnection,
AdvantageResourceGroup: AdvantageResourceGroup,
AllianceMembership: AllianceMembership,
Enterprise: Enterprise,
EnterpriseConnection: EnterpriseConnection,
EnterpriseContact: EnterpriseContact,
EnterpriseGroup: EnterpriseGroup,
EnterpriseStatistics: EnterpriseStatistics,
Liaison: Liaison,
OfficerAssignment: OfficerAssignment,
PartyOrganization: PartyOrganization,
PoliceOfficer: PoliceOfficer,
PoliceOfficerConnection: PoliceOfficerConnection,
RecordSource: RecordSource,
ResourceMatch: ResourceMatch,
RiskAlert: RiskAlert,
RiskAlertConnection: RiskAlertConnection,
RiskAlertGroup: RiskAlertGroup,
ServiceNeed: ServiceNeed,
ServiceNeedConnection: ServiceNeedConnection,
ServiceNeedGroup: ServiceNeedGroup
    }