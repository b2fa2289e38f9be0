import type { Role } from '@pecg/common';

/** Who may run each kind of write (ANALYST is read-only everywhere; ENTERPRISE reports only disputes it is a party to). */
export const POLICY = {
  reportDispute: ['MEDIATOR', 'POLICE', 'ADMIN', 'ENTERPRISE'],
  handleDispute: ['MEDIATOR', 'POLICE', 'ADMIN'],
  registerVolunteer: ['MEDIATOR', 'POLICE', 'ADMIN'],
  recordLegalConsultation: ['MEDIATOR', 'POLICE', 'ADMIN'],
} as const satisfies Record<string, readonly Role[]>;
