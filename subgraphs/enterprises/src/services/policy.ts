import type { Role } from '@pecg/common';

/** Who may run each kind of write (ANALYST is read-only everywhere). */
export const POLICY = {
  registerEnterprise: ['ADMIN', 'POLICE'],
  updateEnterprise: ['ADMIN', 'POLICE', 'ENTERPRISE'],
  changeEnterpriseStatus: ['ADMIN', 'POLICE'],
  alliance: ['ADMIN', 'POLICE'],
  setPartyOrganization: ['ADMIN', 'POLICE', 'ENTERPRISE'],
  assignments: ['ADMIN', 'POLICE'],
  raiseServiceNeed: ['ADMIN', 'POLICE', 'ENTERPRISE'],
  advanceServiceNeed: ['ADMIN', 'POLICE'],
  offerAdvantageResource: ['ADMIN', 'POLICE', 'ENTERPRISE'],
  raiseRiskAlert: ['ADMIN', 'POLICE'],
  advanceRiskAlert: ['ADMIN', 'POLICE'],
  acknowledgeRiskAlert: ['ADMIN', 'POLICE', 'ENTERPRISE'],
} as const satisfies Record<string, readonly Role[]>;
