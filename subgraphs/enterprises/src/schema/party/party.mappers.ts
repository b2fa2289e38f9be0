import type { AllianceMembershipDoc, PartyOrganizationDoc } from '../../models';

export type PartyOrganizationMapper = PartyOrganizationDoc;
/** Embedded documents carry their owner so PII reads can be audited against it. */
export type AllianceMembershipMapper = AllianceMembershipDoc & { enterpriseId: string };
export type LiaisonMapper = AllianceMembershipDoc['liaison'] & { enterpriseId: string };
