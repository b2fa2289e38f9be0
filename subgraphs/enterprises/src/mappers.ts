/** GraphQL type → the document it is resolved from (used by codegen `mappers`). */
import type { Connection } from '@pecg/common';
import type { AdvantageResourceDoc, AllianceMembershipDoc, ContactDoc, EnterpriseDoc, OfficerAssignmentDoc, PartyOrganizationDoc, PoliceOfficerDoc, RiskAlertDoc, ServiceNeedDoc } from './models';
import type { EnterpriseStatisticsSource } from './services/statistics';

export type EnterpriseMapper = EnterpriseDoc;
export type PoliceOfficerMapper = PoliceOfficerDoc;
export type PartyOrganizationMapper = PartyOrganizationDoc;
export type OfficerAssignmentMapper = OfficerAssignmentDoc;
export type ServiceNeedMapper = ServiceNeedDoc;
export type AdvantageResourceMapper = AdvantageResourceDoc;
export type RiskAlertMapper = RiskAlertDoc;
/** Embedded documents carry their owner so PII reads can be audited against it. */
export type AllianceMembershipMapper = AllianceMembershipDoc & { enterpriseId: string };
export type LiaisonMapper = AllianceMembershipDoc['liaison'] & { enterpriseId: string };
export type EnterpriseContactMapper = ContactDoc & { enterpriseId: string; index: number };
export type EnterpriseConnectionMapper = Connection<EnterpriseDoc>;
export type PoliceOfficerConnectionMapper = Connection<PoliceOfficerDoc>;
export type ServiceNeedConnectionMapper = Connection<ServiceNeedDoc>;
export type RiskAlertConnectionMapper = Connection<RiskAlertDoc>;
export type AdvantageResourceConnectionMapper = Connection<AdvantageResourceDoc>;
export type EnterpriseStatisticsMapper = EnterpriseStatisticsSource;
