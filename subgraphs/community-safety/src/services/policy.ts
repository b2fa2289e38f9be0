import type { Caller, Role } from '@pecg/common';

/** Who may run each kind of write (ANALYST is read-only everywhere). Reads follow READ_POLICY in @pecg/common. */
export const POLICY = {
  registerDevice: ['ADMIN', 'POLICE'],
  changeDeviceStatus: ['ADMIN', 'POLICE', 'DEPARTMENT'],
  ingest: ['ADMIN', 'DEPARTMENT'],
  triage: ['ADMIN', 'POLICE'],
  recordIncident: ['ADMIN', 'POLICE', 'MEDIATOR'],
  advanceIncident: ['ADMIN', 'POLICE'],
  crossDepartment: ['ADMIN', 'POLICE'],
  openDispute: ['ADMIN', 'POLICE', 'MEDIATOR'],
  reportLostPerson: ['ADMIN', 'POLICE', 'MEDIATOR'],
  search: ['ADMIN', 'POLICE'],
  readSearches: ['ADMIN', 'POLICE', 'MEDIATOR', 'ANALYST'],
  readSightings: ['ADMIN', 'POLICE'],
  patrol: ['ADMIN', 'POLICE', 'MEDIATOR'],
  /** The volunteer force's shifts name its people (volunteers of enterprises): not an ENTERPRISE caller's business. */
  readPatrols: ['ADMIN', 'POLICE', 'MEDIATOR', 'ANALYST', 'DEPARTMENT'],
} as const satisfies Record<string, readonly Role[]>;

/** The platform pushes with this subgraph's service identity: a DEPARTMENT token of community-safety. */
export function isPlatform(caller: Caller): boolean {
  return caller.role === 'ADMIN' || (caller.role === 'DEPARTMENT' && caller.department === 'community-safety');
}
