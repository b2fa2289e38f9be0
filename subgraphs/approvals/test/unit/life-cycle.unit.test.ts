import { IllegalTransitionError, type StateMachine } from '@pecg/common';
import { APPLICATION_STATUSES, type ApplicationStatusValue } from '../../src/models/application';
import {
  ACCEPTANCE_PENDING,
  applicationLifeCycle,
  DECISION_PENDING,
  filingLifeCycle,
  forwardedFilingLifeCycle,
  forwardedPermitLifeCycle,
  lifeCycleOf,
  rectificationDays,
  supervisionLifeCycle,
  TIME_LIMITS,
} from '../../src/domain/life-cycle';

const DECISIONS: ApplicationStatusValue[] = ['APPROVED', 'DENIED'];

/** The states a life cycle reaches from DRAFT (each table has a row for every status; the others are unused). */
function reachable(machine: StateMachine<ApplicationStatusValue>): ApplicationStatusValue[] {
  const seen = new Set<ApplicationStatusValue>(['DRAFT']);
  const queue: ApplicationStatusValue[] = ['DRAFT'];
  while (queue.length) for (const next of machine.allowedFrom(queue.shift()!)) if (!seen.has(next)) queue.push(seen.add(next) && next);
  return [...seen].sort();
}
const finals = (machine: StateMachine<ApplicationStatusValue>) =>
  machine
    .finalStates()
    .filter((s) => reachable(machine).includes(s))
    .sort();

describe('application life cycle (行政许可)', () => {
  it('has a row for every application status', () => {
    expect(Object.keys(applicationLifeCycle.transitions).sort()).toEqual([...APPLICATION_STATUSES].sort());
  });

  it('decides only after review: approved or denied come from UNDER_REVIEW alone', () => {
    for (const decision of DECISIONS) expect(applicationLifeCycle.sourcesOf(decision)).toEqual(['UNDER_REVIEW']);
    expect(applicationLifeCycle.sourcesOf('UNDER_REVIEW')).toEqual(['ACCEPTED', 'ACCEPTED_WITH_DEFICIENCY']);
    expect(() => applicationLifeCycle.assert('a1', 'SUBMITTED', 'APPROVED')).toThrow(IllegalTransitionError);
  });

  it('sends the supplement notice once (一次性告知): no second notice, no way back to SUBMITTED', () => {
    expect(applicationLifeCycle.sourcesOf('SUPPLEMENT_REQUESTED')).toEqual(['SUBMITTED']);
    expect(applicationLifeCycle.canMove('SUPPLEMENT_REQUESTED', 'SUPPLEMENT_REQUESTED')).toBe(false);
    expect(applicationLifeCycle.canMove('SUPPLEMENT_REQUESTED', 'SUBMITTED')).toBe(false);
    expect(applicationLifeCycle.allowedFrom('SUPPLEMENT_REQUESTED')).toEqual(['ACCEPTED', 'ACCEPTED_WITH_DEFICIENCY', 'NOT_ACCEPTED', 'WITHDRAWN']);
  });

  it('lets the applicant withdraw any time before a decision, never after', () => {
    const before = reachable(applicationLifeCycle).filter((s) => !applicationLifeCycle.finalStates().includes(s));
    expect(applicationLifeCycle.sourcesOf('WITHDRAWN').sort()).toEqual([...before].sort());
    for (const final of applicationLifeCycle.finalStates()) expect(applicationLifeCycle.canMove(final, 'WITHDRAWN')).toBe(false);
  });

  it('terminates only an application accepted with a deficiency (容缺) or under review', () => {
    expect(applicationLifeCycle.sourcesOf('TERMINATED')).toEqual(['ACCEPTED_WITH_DEFICIENCY', 'UNDER_REVIEW']);
    expect(applicationLifeCycle.canMove('ACCEPTED', 'TERMINATED')).toBe(false);
  });

  it('ends in not accepted, approved, denied, withdrawn or terminated', () => {
    expect(finals(applicationLifeCycle)).toEqual(['APPROVED', 'DENIED', 'NOT_ACCEPTED', 'TERMINATED', 'WITHDRAWN']);
    expect(reachable(applicationLifeCycle)).not.toEqual(expect.arrayContaining(['FORWARDED']));
    expect(reachable(applicationLifeCycle)).not.toContain('RECORDED');
    expect(() => applicationLifeCycle.assert('a1', 'APPROVED', 'UNDER_REVIEW')).toThrow(
      'Application "a1" cannot go from APPROVED to UNDER_REVIEW; allowed next states from APPROVED: none (final state)',
    );
  });

  it('runs the decision clock from acceptance until a decision, and the acceptance clock only while SUBMITTED', () => {
    expect(DECISION_PENDING).toEqual(['ACCEPTED', 'ACCEPTED_WITH_DEFICIENCY', 'UNDER_REVIEW']);
    // every state of the decision clock leads to a decision through states of the decision clock only
    for (const status of DECISION_PENDING) {
      const next = applicationLifeCycle.allowedFrom(status);
      expect(
        next.some((s) => DECISIONS.includes(s) || (DECISION_PENDING.includes(s) && applicationLifeCycle.allowedFrom(s).some((t) => DECISIONS.includes(t)))),
      ).toBe(true);
    }
    expect(ACCEPTANCE_PENDING).toEqual(['SUBMITTED']);
    expect(ACCEPTANCE_PENDING).not.toContain('SUPPLEMENT_REQUESTED'); // 补正 stops the clock
  });
});

describe('life cycles by procedure kind and deciding authority', () => {
  it('picks the table by kind and authority', () => {
    expect(lifeCycleOf({ procedureKind: 'PERMIT', decidingAuthority: 'THIS_OFFICE' })).toBe(applicationLifeCycle);
    expect(lifeCycleOf({ procedureKind: 'PERMIT', decidingAuthority: 'HIGHER_AUTHORITY' })).toBe(forwardedPermitLifeCycle);
    expect(lifeCycleOf({ procedureKind: 'FILING', decidingAuthority: 'THIS_OFFICE' })).toBe(filingLifeCycle);
    expect(lifeCycleOf({ procedureKind: 'FILING', decidingAuthority: 'HIGHER_AUTHORITY' })).toBe(forwardedFilingLifeCycle);
    for (const machine of [forwardedPermitLifeCycle, filingLifeCycle, forwardedFilingLifeCycle])
      expect(Object.keys(machine.transitions).sort()).toEqual([...APPLICATION_STATUSES].sort());
  });

  it('a filing (备案) is recorded on receipt or sent back for supplement once: no acceptance, review, denial or certificate', () => {
    expect(reachable(filingLifeCycle)).toEqual(['DRAFT', 'RECORDED', 'SUBMITTED', 'SUPPLEMENT_REQUESTED', 'WITHDRAWN']);
    expect(filingLifeCycle.sourcesOf('RECORDED')).toEqual(['SUBMITTED', 'SUPPLEMENT_REQUESTED']);
    expect(finals(filingLifeCycle)).toEqual(['RECORDED', 'WITHDRAWN']);
  });

  it('a permit decided above is forwarded after acceptance (or review) and only then approved or denied', () => {
    for (const decision of DECISIONS) expect(forwardedPermitLifeCycle.sourcesOf(decision)).toEqual(['FORWARDED']);
    expect(forwardedPermitLifeCycle.sourcesOf('FORWARDED')).toEqual(['ACCEPTED', 'ACCEPTED_WITH_DEFICIENCY', 'UNDER_REVIEW']);
    expect(reachable(forwardedPermitLifeCycle)).not.toContain('RECORDED');
  });

  it('a filing received here and recorded above is forwarded, then recorded', () => {
    expect(forwardedFilingLifeCycle.sourcesOf('RECORDED')).toEqual(['FORWARDED']);
    expect(forwardedFilingLifeCycle.sourcesOf('FORWARDED')).toEqual(['SUBMITTED', 'SUPPLEMENT_REQUESTED']);
    expect(finals(forwardedFilingLifeCycle)).toEqual(['RECORDED', 'WITHDRAWN']);
  });
});

describe('time limits of the licensing law (working days)', () => {
  it('accepts within 5, decides within 20 (+10), delivers the certificate within 10', () => {
    expect(TIME_LIMITS).toMatchObject({ acceptance: 5, defaultDecision: 20, extension: 10, certificateDelivery: 10 });
    expect(TIME_LIMITS.supervision).toEqual({ SIMPLE: 0, COMPLEX: 5, SPECIAL: 10, HARD: null });
  });

  describe('rectification days', () => {
    const saved = process.env.APPROVALS_RECTIFICATION_DAYS;
    afterEach(() => {
      if (saved === undefined) delete process.env.APPROVALS_RECTIFICATION_DAYS;
      else process.env.APPROVALS_RECTIFICATION_DAYS = saved;
    });

    it('defaults to 15 (unset or empty) and takes a whole number from 1 to 365 from APPROVALS_RECTIFICATION_DAYS', () => {
      delete process.env.APPROVALS_RECTIFICATION_DAYS;
      expect(rectificationDays()).toBe(15);
      process.env.APPROVALS_RECTIFICATION_DAYS = '';
      expect(rectificationDays()).toBe(15);
      process.env.APPROVALS_RECTIFICATION_DAYS = '7';
      expect(rectificationDays()).toBe(7);
      process.env.APPROVALS_RECTIFICATION_DAYS = '365';
      expect(rectificationDays()).toBe(365);
    });

    it.each(['0', '-3', '2.5', 'ten', '366'])('refuses %p, naming the variable and the allowed range', (value) => {
      process.env.APPROVALS_RECTIFICATION_DAYS = value;
      expect(() => rectificationDays()).toThrow(`Environment variable APPROVALS_RECTIFICATION_DAYS must be an integer from 1 to 365, got "${value}"`);
    });
  });
});

describe('supervision life cycle (督导)', () => {
  it('goes open → investigating → rectified or dismissed → archived', () => {
    expect(supervisionLifeCycle.allowedFrom('OPEN')).toEqual(['INVESTIGATING', 'DISMISSED']);
    expect(supervisionLifeCycle.sourcesOf('RECTIFIED')).toEqual(['INVESTIGATING']);
    expect(supervisionLifeCycle.sourcesOf('ARCHIVED')).toEqual(['RECTIFIED', 'DISMISSED']);
    expect(supervisionLifeCycle.canMove('OPEN', 'RECTIFIED')).toBe(false);
    expect(supervisionLifeCycle.finalStates()).toEqual(['ARCHIVED']);
  });
});
