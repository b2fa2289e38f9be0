import { StateMachine } from '@pecg/common';
import { DISPUTE_LEVELS, type DisputeLevel, type DisputeStatus } from '../models';

/**
 * The dispute life cycle, in one table: REPORTED → ACCEPTED → MEDIATING → AGREEMENT_REACHED | FAILED →
 * (JUDICIALLY_CONFIRMED) → FOLLOWED_UP → CLOSED. A failed mediation goes back to ACCEPTED when it is
 * escalated to the next level; FOLLOWED_UP → FOLLOWED_UP records a further visit.
 */
export const disputeLifecycle = new StateMachine<DisputeStatus>('Dispute', {
  REPORTED: ['ACCEPTED'],
  ACCEPTED: ['MEDIATING'],
  MEDIATING: ['MEDIATING', 'AGREEMENT_REACHED', 'FAILED'],
  AGREEMENT_REACHED: ['JUDICIALLY_CONFIRMED', 'FOLLOWED_UP'],
  FAILED: ['ACCEPTED', 'FOLLOWED_UP'],
  JUDICIALLY_CONFIRMED: ['FOLLOWED_UP'],
  FOLLOWED_UP: ['FOLLOWED_UP', 'CLOSED'],
  CLOSED: [],
});

/** Statuses in which a dispute can still be escalated to a higher level. */
export const ESCALATABLE: readonly DisputeStatus[] = ['REPORTED', 'ACCEPTED', 'MEDIATING', 'FAILED'];

/** The level above, or null at DISTRICT. */
export function nextLevel(level: DisputeLevel): DisputeLevel | null {
  return DISPUTE_LEVELS[DISPUTE_LEVELS.indexOf(level) + 1] ?? null;
}
