import { IllegalTransitionError } from '@pecg/common';
import { DISPUTE_LEVELS, DISPUTE_STATUSES, type DisputeStatus } from '../../src/models/enums';
import { disputeLifecycle, ESCALATABLE, nextLevel } from '../../src/domain/dispute-lifecycle';

/** Statuses reachable from `from` in any number of steps. */
function reachable(from: DisputeStatus): Set<DisputeStatus> {
  const seen = new Set<DisputeStatus>();
  const todo = [from];
  while (todo.length) for (const next of disputeLifecycle.allowedFrom(todo.pop()!)) if (!seen.has(next)) todo.push((seen.add(next), next));
  return seen;
}

describe('dispute life cycle', () => {
  it('has a row for every dispute status', () => {
    expect(Object.keys(disputeLifecycle.transitions).sort()).toEqual([...DISPUTE_STATUSES].sort());
  });

  it('goes reported → accepted → mediating → agreement → (judicial confirmation) → follow-up → closed', () => {
    const path: DisputeStatus[] = ['REPORTED', 'ACCEPTED', 'MEDIATING', 'AGREEMENT_REACHED', 'JUDICIALLY_CONFIRMED', 'FOLLOWED_UP', 'CLOSED'];
    for (let i = 1; i < path.length; i += 1) expect(disputeLifecycle.canMove(path[i - 1], path[i])).toBe(true);
    expect(disputeLifecycle.canMove('AGREEMENT_REACHED', 'FOLLOWED_UP')).toBe(true);
  });

  it('skips no step: no mediation before acceptance, no closing before a follow-up', () => {
    expect(disputeLifecycle.canMove('REPORTED', 'MEDIATING')).toBe(false);
    expect(disputeLifecycle.sourcesOf('CLOSED')).toEqual(['FOLLOWED_UP']);
    expect(disputeLifecycle.sourcesOf('JUDICIALLY_CONFIRMED')).toEqual(['AGREEMENT_REACHED']);
    expect(() => disputeLifecycle.assert('d1', 'REPORTED', 'CLOSED')).toThrow(IllegalTransitionError);
    expect(() => disputeLifecycle.assert('d1', 'REPORTED', 'CLOSED')).toThrow('allowed next states from REPORTED: ACCEPTED');
  });

  it('records further sessions and visits as self-transitions', () => {
    expect(disputeLifecycle.canMove('MEDIATING', 'MEDIATING')).toBe(true);
    expect(disputeLifecycle.canMove('FOLLOWED_UP', 'FOLLOWED_UP')).toBe(true);
    expect(disputeLifecycle.canMove('ACCEPTED', 'ACCEPTED')).toBe(false);
  });

  it('sends a failed mediation back to ACCEPTED when escalated, or on to a follow-up', () => {
    expect(disputeLifecycle.allowedFrom('FAILED')).toEqual(['ACCEPTED', 'FOLLOWED_UP']);
    expect(disputeLifecycle.canMove('FAILED', 'AGREEMENT_REACHED')).toBe(false);
  });

  it('has CLOSED as its only final state, reachable from every other state', () => {
    expect(disputeLifecycle.finalStates()).toEqual(['CLOSED']);
    for (const status of DISPUTE_STATUSES.filter((s) => s !== 'CLOSED')) expect(reachable(status).has('CLOSED')).toBe(true);
    expect(reachable('CLOSED').size).toBe(0);
  });

  it('escalates only before an outcome (or after a failure)', () => {
    expect(ESCALATABLE).toEqual(['REPORTED', 'ACCEPTED', 'MEDIATING', 'FAILED']);
    for (const status of ['AGREEMENT_REACHED', 'JUDICIALLY_CONFIRMED', 'FOLLOWED_UP', 'CLOSED'] as const) expect(ESCALATABLE).not.toContain(status);
  });
});

describe('mediation levels', () => {
  it('escalates grid → community → street → district, and no further', () => {
    expect(DISPUTE_LEVELS).toEqual(['GRID', 'COMMUNITY', 'STREET', 'DISTRICT']);
    expect(nextLevel('GRID')).toBe('COMMUNITY');
    expect(nextLevel('COMMUNITY')).toBe('STREET');
    expect(nextLevel('STREET')).toBe('DISTRICT');
    expect(nextLevel('DISTRICT')).toBeNull();
  });
});
