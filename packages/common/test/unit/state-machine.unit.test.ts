import { IllegalTransitionError, StateMachine } from '../../src';

describe('StateMachine', () => {
  const machine = new StateMachine<'OPEN' | 'IN_PROGRESS' | 'RESOLVED' | 'DECLINED'>('ServiceNeed', {
    OPEN: ['IN_PROGRESS', 'DECLINED'],
    IN_PROGRESS: ['RESOLVED', 'DECLINED'],
    RESOLVED: [],
    DECLINED: [],
  });

  it('lists the states a transition may start from (the condition of the conditional write)', () => {
    expect(machine.sourcesOf('DECLINED')).toEqual(['OPEN', 'IN_PROGRESS']);
    expect(machine.sourcesOf('RESOLVED')).toEqual(['IN_PROGRESS']);
    expect(machine.sourcesOf('OPEN')).toEqual([]);
    expect(machine.finalStates()).toEqual(['RESOLVED', 'DECLINED']);
  });

  it('throws ILLEGAL_STATE_TRANSITION naming the current state and the allowed next ones', () => {
    expect(() => machine.assert('n1', 'OPEN', 'IN_PROGRESS')).not.toThrow();
    let error: unknown;
    try {
      machine.assert('n1', 'OPEN', 'RESOLVED');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IllegalTransitionError);
    const { message, extensions } = error as IllegalTransitionError;
    expect(message).toBe('ServiceNeed "n1" cannot go from OPEN to RESOLVED; allowed next states from OPEN: IN_PROGRESS, DECLINED');
    expect(extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'OPEN', to: 'RESOLVED', allowed: ['IN_PROGRESS', 'DECLINED'] });
    expect(() => machine.assert('n1', 'RESOLVED', 'DECLINED')).toThrow('none (final state)');
  });
});
