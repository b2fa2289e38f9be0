import { IllegalTransitionError } from '@pecg/common';
import { DISPUTE_LEVELS, DISPUTE_STATUSES, type DisputeStatus } from '../../src/models/enums';
import { DISPUTE_ACTIONS, disputeLifecycle, ESCALATABLE, nextLevel, targetOf, type DisputeAction } from '../../src/domain/dispute-lifecycle';

/** Statuses reachable from `from` in any number of steps. */
function reachable(from: DisputeStatus): Set<DisputeStatus> {
  const seen = new Set<DisputeStatus>();
  const todo = [from];
  while (todo.length) for (const next of disputeLifecycle.allowedFrom(todo.pop()!)) if (!seen.has(next)) todo.push((seen.add(next), next));
  return seen;
}

describe('dispute life cycle of the People’s Mediation Law (one table)', () => {
  it('has a row for every dispute status; DECLINED and CLOSED are final', () => {
    expect(Object.keys(disputeLifecycle.transitions).sort()).toEqual([...DISPUTE_STATUSES].sort());
    expect(disputeLifecycle.finalStates().sort()).toEqual(['CLOSED', 'DECLINED']);
  });

  it('the state table is exactly the actions table (every action from every state it applies in)', () => {
    for (const from of DISPUTE_STATUSES) {
      const targets = (Object.keys(DISPUTE_ACTIONS) as DisputeAction[]).filter((a) => DISPUTE_ACTIONS[a].from.includes(from)).map((a) => targetOf(a, from));
      expect([...disputeLifecycle.allowedFrom(from)].sort()).toEqual([...new Set(targets)].sort());
    }
  });

  it('goes reported → accepted → mediators assigned → mediating → agreement → confirmation → performance → follow-up → closed', () => {
    const path: DisputeStatus[] = [
      'REPORTED',
      'ACCEPTED',
      'MEDIATORS_ASSIGNED',
      'MEDIATING',
      'AGREEMENT_REACHED',
      'CONFIRMATION_APPLIED',
      'JUDICIALLY_CONFIRMED',
      'PERFORMING',
      'URGED',
      'LITIGATION',
      'CLOSED',
    ];
    for (let i = 1; i < path.length; i += 1) expect(disputeLifecycle.canMove(path[i - 1], path[i])).toBe(true);
    expect(disputeLifecycle.canMove('AGREEMENT_REACHED', 'FOLLOWED_UP')).toBe(true);
    expect(disputeLifecycle.canMove('REPORTED', 'DECLINED')).toBe(true);
    expect(disputeLifecycle.canMove('MEDIATING', 'FAILED')).toBe(true);
    expect(disputeLifecycle.canMove('FAILED', 'CLOSED')).toBe(true);
  });

  it('skips no step: no session before mediators are assigned, no closing of an agreement before a follow-up or court', () => {
    expect(disputeLifecycle.canMove('ACCEPTED', 'MEDIATING')).toBe(false);
    expect(disputeLifecycle.canMove('REPORTED', 'MEDIATING')).toBe(false);
    expect(disputeLifecycle.sourcesOf('CLOSED').sort()).toEqual(['FAILED', 'FOLLOWED_UP', 'LITIGATION']);
    expect(disputeLifecycle.sourcesOf('JUDICIALLY_CONFIRMED')).toEqual(['CONFIRMATION_APPLIED']);
    expect(disputeLifecycle.sourcesOf('DECLINED')).toEqual(['REPORTED']);
    expect(() => disputeLifecycle.assert('d1', 'REPORTED', 'CLOSED')).toThrow(IllegalTransitionError);
    expect(() => disputeLifecycle.assert('d1', 'REPORTED', 'CLOSED')).toThrow('allowed next states from REPORTED:');
  });

  it('escalation keeps REPORTED and ACCEPTED, and sends a dispute being mediated or failed back to ACCEPTED at the new level', () => {
    expect(targetOf('ESCALATE', 'REPORTED')).toBe('REPORTED');
    expect(targetOf('ESCALATE', 'ACCEPTED')).toBe('ACCEPTED');
    for (const s of ['MEDIATORS_ASSIGNED', 'MEDIATING', 'FAILED'] as const) expect(targetOf('ESCALATE', s)).toBe('ACCEPTED');
    expect(ESCALATABLE).toEqual(['REPORTED', 'ACCEPTED', 'MEDIATORS_ASSIGNED', 'MEDIATING', 'FAILED']);
    expect(DISPUTE_LEVELS.map(nextLevel)).toEqual(['COMMUNITY', 'STREET', 'DISTRICT', null]);
  });

  it('every state but the final ones can still reach CLOSED', () => {
    for (const s of DISPUTE_STATUSES) if (s !== 'CLOSED' && s !== 'DECLINED') expect(reachable(s).has('CLOSED')).toBe(true);
  });
});
