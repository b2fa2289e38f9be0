import type { Role } from '@pecg/common';

/** Who may run each kind of write (ANALYST is read-only everywhere; ENTERPRISE acts only for its own people). */
export const POLICY = {
  planActivity: ['ADMIN', 'POLICE'],
  advanceActivity: ['ADMIN', 'POLICE'],
  updateActivity: ['ADMIN', 'POLICE'],
  bookVenue: ['ADMIN', 'POLICE'],
  register: ['ADMIN', 'POLICE', 'ENTERPRISE'],
  cancelRegistration: ['ADMIN', 'POLICE', 'ENTERPRISE'],
  acceptOffer: ['ADMIN', 'POLICE', 'ENTERPRISE'],
  checkIn: ['ADMIN', 'POLICE'],
  checkInWithCode: ['ADMIN', 'POLICE', 'ENTERPRISE'],
  leaveFeedback: ['ADMIN', 'POLICE', 'ENTERPRISE'],
  retryOutcomes: ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;
