import { IllegalTransitionError } from '@pecg/common';
import { ACTIVITY_STATUSES } from '../../src/models/activity';
import { REGISTRATION_STATUSES } from '../../src/models/registration';
import { activityLifecycle, ATTENDANCE_OPEN, CHECK_IN_OPEN, REGISTRATION_OPEN, registrationLifecycle } from '../../src/domain/activity-lifecycle';

describe('activity life cycle', () => {
  it('has a row for every activity status, naming only known statuses', () => {
    expect(Object.keys(activityLifecycle.transitions).sort()).toEqual([...ACTIVITY_STATUSES].sort());
    for (const next of Object.values(activityLifecycle.transitions)) for (const s of next) expect(ACTIVITY_STATUSES).toContain(s);
  });

  it('moves planned → open for registration → ongoing → completed, one step at a time', () => {
    expect(activityLifecycle.canMove('PLANNED', 'PUBLISHED')).toBe(true);
    expect(activityLifecycle.canMove('PUBLISHED', 'OPEN_FOR_REGISTRATION')).toBe(true);
    expect(activityLifecycle.canMove('OPEN_FOR_REGISTRATION', 'REGISTRATION_CLOSED')).toBe(true);
    expect(activityLifecycle.canMove('REGISTRATION_CLOSED', 'ONGOING')).toBe(true);
    expect(activityLifecycle.canMove('REGISTRATION_CLOSED', 'OPEN_FOR_REGISTRATION')).toBe(true);
    expect(activityLifecycle.canMove('PUBLISHED', 'ONGOING')).toBe(false);
    // opening registration from the draft publishes it in the same step
    expect(activityLifecycle.canMove('PLANNED', 'OPEN_FOR_REGISTRATION')).toBe(true);
    expect(activityLifecycle.canMove('OPEN_FOR_REGISTRATION', 'ONGOING')).toBe(true);
    expect(activityLifecycle.canMove('ONGOING', 'COMPLETED')).toBe(true);
    expect(activityLifecycle.canMove('PLANNED', 'ONGOING')).toBe(false);
    expect(activityLifecycle.canMove('PLANNED', 'COMPLETED')).toBe(false);
    expect(activityLifecycle.canMove('OPEN_FOR_REGISTRATION', 'COMPLETED')).toBe(false);
    expect(activityLifecycle.canMove('ONGOING', 'OPEN_FOR_REGISTRATION')).toBe(false);
  });

  it('cancels from any state before completion; completed and cancelled are final', () => {
    expect(activityLifecycle.sourcesOf('CANCELLED')).toEqual(['PLANNED', 'PUBLISHED', 'OPEN_FOR_REGISTRATION', 'REGISTRATION_CLOSED', 'ONGOING']);
    expect(activityLifecycle.finalStates()).toEqual(['COMPLETED', 'CANCELLED']);
    expect(activityLifecycle.sourcesOf('COMPLETED')).toEqual(['ONGOING']);
  });

  it('refuses to reopen a completed activity with ILLEGAL_STATE_TRANSITION', () => {
    expect(() => activityLifecycle.assert('a1', 'COMPLETED', 'ONGOING')).toThrow(IllegalTransitionError);
    expect(() => activityLifecycle.assert('a1', 'COMPLETED', 'ONGOING')).toThrow(
      'Activity "a1" cannot go from COMPLETED to ONGOING; allowed next states from COMPLETED: none (final state)',
    );
    expect(() => activityLifecycle.assert('a1', 'CANCELLED', 'PLANNED')).toThrow(IllegalTransitionError);
  });

  it('takes registrations only while open for registration, and attendance also while registration is closed or ongoing', () => {
    expect(REGISTRATION_OPEN).toEqual(['OPEN_FOR_REGISTRATION']);
    expect(ATTENDANCE_OPEN).toEqual(['OPEN_FOR_REGISTRATION', 'REGISTRATION_CLOSED', 'ONGOING']);
    expect(CHECK_IN_OPEN).toEqual(ATTENDANCE_OPEN);
    for (const status of REGISTRATION_OPEN) expect(ATTENDANCE_OPEN).toContain(status);
    for (const status of activityLifecycle.finalStates()) expect(ATTENDANCE_OPEN).not.toContain(status);
  });
});

describe('registration life cycle', () => {
  it('has a row for every registration status', () => {
    expect(Object.keys(registrationLifecycle.transitions).sort()).toEqual([...REGISTRATION_STATUSES].sort());
  });

  it('offers a freed seat to a waitlisted person, who confirms it; never back to the waitlist', () => {
    expect(registrationLifecycle.canMove('WAITLISTED', 'OFFERED')).toBe(true);
    expect(registrationLifecycle.canMove('OFFERED', 'CONFIRMED')).toBe(true);
    expect(registrationLifecycle.canMove('WAITLISTED', 'CONFIRMED')).toBe(false);
    expect(registrationLifecycle.canMove('CONFIRMED', 'WAITLISTED')).toBe(false);
  });

  it('a confirmed person attends or is a no-show; cancelled, attended and no-show are final', () => {
    expect(registrationLifecycle.sourcesOf('CANCELLED')).toEqual(['CONFIRMED', 'WAITLISTED', 'OFFERED']);
    expect(registrationLifecycle.sourcesOf('ATTENDED')).toEqual(['CONFIRMED']);
    expect(registrationLifecycle.sourcesOf('NO_SHOW')).toEqual(['CONFIRMED']);
    expect(registrationLifecycle.finalStates().sort()).toEqual(['ATTENDED', 'CANCELLED', 'NO_SHOW']);
    expect(() => registrationLifecycle.assert('r1', 'CANCELLED', 'CONFIRMED')).toThrow(/Registration "r1" cannot go from CANCELLED to CONFIRMED/);
  });
});
