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
  assignServiceNeed: ['ADMIN', 'POLICE'],
  updateAdvantageResource: ['ADMIN', 'POLICE', 'ENTERPRISE'],
  matchResourceToNeed: ['ADMIN', 'POLICE'],
  recordMatchOutcome: ['ADMIN', 'POLICE', 'ENTERPRISE'],
} as const satisfies Record<string, readonly Role[]>;

/**
 * Departments whose service account (role DEPARTMENT, claim `department`) may raise service needs and
 * risk alerts here, from a record of their own subgraph (an activity's outcome, an incident of the
 * cloud prevention platform), through the gateway.
 */
export const RAISING_DEPARTMENTS: readonly string[] = ['activities', 'community-safety'];
