import type { Role } from '@pecg/common';

/**
 * Who may run each kind of write (ANALYST is read-only everywhere; ENTERPRISE reports only disputes its
 * enterprise is a party to, naming no other enterprise as a party). Who may read which record is
 * READ_POLICY in @pecg/common, applied to the `scopedBy` models (disputes, volunteers, consultations).
 */
export const POLICY = {
  reportDispute: ['MEDIATOR', 'POLICE', 'ADMIN', 'ENTERPRISE', 'DEPARTMENT'],
  handleDispute: ['MEDIATOR', 'POLICE', 'ADMIN'],
  registerVolunteer: ['MEDIATOR', 'POLICE', 'ADMIN'],
  recordLegalConsultation: ['MEDIATOR', 'POLICE', 'ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

/**
 * Departments whose service account (role DEPARTMENT, claim `department`) may report disputes here,
 * from a record of their own subgraph, through the gateway: community safety's incidents.
 */
export const REPORTING_DEPARTMENTS: readonly string[] = ['community-safety'];
