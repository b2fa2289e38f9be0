import { StateMachine } from '@pecg/common';
import { DISPUTE_LEVELS, type DisputeLevel, type DisputeStatus } from '../models';

/** What a mediation step does (each write of the life cycle names one). */
export type DisputeAction =
  | 'ACCEPT'
  | 'DECLINE'
  | 'ASSIGN_MEDIATORS'
  | 'REPLACE_MEDIATORS'
  | 'RECORD_SESSION'
  | 'REACH_AGREEMENT'
  | 'END_WITHOUT_AGREEMENT'
  | 'ESCALATE'
  | 'APPLY_CONFIRMATION'
  | 'CONFIRM'
  | 'REJECT_CONFIRMATION'
  | 'FOLLOW_UP_FULFILLED'
  | 'FOLLOW_UP_UNFULFILLED'
  | 'URGE'
  | 'GO_TO_COURT'
  | 'CLOSE';

const AGREED: DisputeStatus[] = ['AGREEMENT_REACHED', 'JUDICIALLY_CONFIRMED', 'PERFORMING', 'URGED'];

/**
 * The dispute life cycle of the People's Mediation Law (人民调解法), in one table: action → the states
 * it applies in → the state it leads to.
 * - REPORTED → ACCEPTED (受理登记) | DECLINED (不予调解: art. 17, a party refuses; 人民调解工作若干规定
 *   art. 22, handled by or reserved to an authority);
 * - ACCEPTED → MEDIATORS_ASSIGNED (art. 19: the committee appoints, or the parties choose, one or more
 *   mediators; replaced on a party's request) → MEDIATING (sessions);
 * - MEDIATING → AGREEMENT_REACHED (written, arts. 28–29, or oral, arts. 28 and 30) | FAILED (ended without
 *   agreement, art. 26: the parties are told of arbitration, administrative and judicial routes);
 * - ESCALATE: one level up (grid → community → street → district) with the reason; a dispute being
 *   handled goes back to ACCEPTED at the new level, which assigns its own mediators;
 * - AGREEMENT_REACHED → CONFIRMATION_APPLIED (art. 33: joint application within 30 days) →
 *   JUDICIALLY_CONFIRMED | MEDIATING (rejected: the parties may change the agreement by mediation);
 * - performance (art. 31: the committee supervises and urges): a follow-up finds it fulfilled
 *   (FOLLOWED_UP) or not (PERFORMING) → URGED → LITIGATION (art. 32 suit, art. 33 enforcement);
 * - FOLLOWED_UP | FAILED | LITIGATION → CLOSED. DECLINED and CLOSED are final.
 */
export const DISPUTE_ACTIONS: Readonly<Record<DisputeAction, { from: readonly DisputeStatus[]; to: DisputeStatus | 'SAME' | 'ACCEPTED_OR_SAME' }>> = {
  ACCEPT: { from: ['REPORTED'], to: 'ACCEPTED' },
  DECLINE: { from: ['REPORTED'], to: 'DECLINED' },
  ASSIGN_MEDIATORS: { from: ['ACCEPTED'], to: 'MEDIATORS_ASSIGNED' },
  REPLACE_MEDIATORS: { from: ['MEDIATORS_ASSIGNED', 'MEDIATING'], to: 'SAME' },
  RECORD_SESSION: { from: ['MEDIATORS_ASSIGNED', 'MEDIATING'], to: 'MEDIATING' },
  REACH_AGREEMENT: { from: ['MEDIATING'], to: 'AGREEMENT_REACHED' },
  END_WITHOUT_AGREEMENT: { from: ['MEDIATING'], to: 'FAILED' },
  /** REPORTED and ACCEPTED stay as they are; a dispute being mediated, or failed, is accepted anew at the level above. */
  ESCALATE: { from: ['REPORTED', 'ACCEPTED', 'MEDIATORS_ASSIGNED', 'MEDIATING', 'FAILED'], to: 'ACCEPTED_OR_SAME' },
  APPLY_CONFIRMATION: { from: ['AGREEMENT_REACHED'], to: 'CONFIRMATION_APPLIED' },
  CONFIRM: { from: ['CONFIRMATION_APPLIED'], to: 'JUDICIALLY_CONFIRMED' },
  REJECT_CONFIRMATION: { from: ['CONFIRMATION_APPLIED'], to: 'MEDIATING' },
  FOLLOW_UP_FULFILLED: { from: [...AGREED, 'FOLLOWED_UP', 'FAILED'], to: 'FOLLOWED_UP' },
  FOLLOW_UP_UNFULFILLED: { from: AGREED, to: 'PERFORMING' },
  URGE: { from: ['PERFORMING'], to: 'URGED' },
  GO_TO_COURT: { from: ['AGREEMENT_REACHED', 'JUDICIALLY_CONFIRMED', 'PERFORMING', 'URGED'], to: 'LITIGATION' },
  CLOSE: { from: ['FOLLOWED_UP', 'FAILED', 'LITIGATION'], to: 'CLOSED' },
};

/** The state an action leads to from `from`. */
export function targetOf(action: DisputeAction, from: DisputeStatus): DisputeStatus {
  const { to } = DISPUTE_ACTIONS[action];
  if (to === 'SAME') return from;
  if (to === 'ACCEPTED_OR_SAME') return from === 'REPORTED' || from === 'ACCEPTED' ? from : 'ACCEPTED';
  return to;
}

function transitionTable(): Record<DisputeStatus, DisputeStatus[]> {
  const table = {} as Record<DisputeStatus, DisputeStatus[]>;
  const add = (from: DisputeStatus, to: DisputeStatus) => {
    table[from] ??= [];
    if (!table[from].includes(to)) table[from].push(to);
  };
  for (const action of Object.keys(DISPUTE_ACTIONS) as DisputeAction[]) for (const from of DISPUTE_ACTIONS[action].from) add(from, targetOf(action, from));
  table.DECLINED = [];
  table.CLOSED = [];
  return table;
}

/** The same table as state → next states (the project's StateMachine: allowed next states, final states). */
export const disputeLifecycle = new StateMachine<DisputeStatus>('Dispute', transitionTable());

/** Statuses in which a dispute can still be escalated to a higher level. */
export const ESCALATABLE: readonly DisputeStatus[] = DISPUTE_ACTIONS.ESCALATE.from;

/** The level above, or null at DISTRICT. */
export function nextLevel(level: DisputeLevel): DisputeLevel | null {
  return DISPUTE_LEVELS[DISPUTE_LEVELS.indexOf(level) + 1] ?? null;
}
