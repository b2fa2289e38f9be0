import { config, StateMachine } from '@pecg/common';
import type { ApplicationStatusValue, ApprovalItemDoc, SupervisionStatusValue } from '../models';

type Table = Record<ApplicationStatusValue, ApplicationStatusValue[]>;
const NONE: Table = {
  DRAFT: [],
  SUBMITTED: [],
  SUPPLEMENT_REQUESTED: [],
  ACCEPTED: [],
  ACCEPTED_WITH_DEFICIENCY: [],
  NOT_ACCEPTED: [],
  UNDER_REVIEW: [],
  FORWARDED: [],
  APPROVED: [],
  DENIED: [],
  RECORDED: [],
  WITHDRAWN: [],
  TERMINATED: [],
};

/**
 * A permit this office decides: draft → submitted → accepted | 容缺受理 | 不予受理 | 补正 (once: 一次性告知)
 * → … → under review → approved (办结, certificate) | denied (不予许可); withdrawn before a decision;
 * terminated when a 容缺 commitment lapses.
 */
export const applicationLifeCycle = new StateMachine<ApplicationStatusValue>('Application', {
  ...NONE,
  DRAFT: ['SUBMITTED', 'WITHDRAWN'],
  SUBMITTED: ['ACCEPTED', 'ACCEPTED_WITH_DEFICIENCY', 'NOT_ACCEPTED', 'SUPPLEMENT_REQUESTED', 'WITHDRAWN'],
  // the supplement notice is sent once: no way back to SUBMITTED or to another notice
  SUPPLEMENT_REQUESTED: ['ACCEPTED', 'ACCEPTED_WITH_DEFICIENCY', 'NOT_ACCEPTED', 'WITHDRAWN'],
  ACCEPTED: ['UNDER_REVIEW', 'WITHDRAWN'],
  ACCEPTED_WITH_DEFICIENCY: ['UNDER_REVIEW', 'WITHDRAWN', 'TERMINATED'],
  UNDER_REVIEW: ['APPROVED', 'DENIED', 'WITHDRAWN', 'TERMINATED'],
});

/**
 * A permit a higher authority decides: the workstation accepts, reviews and forwards (报送上级); the
 * authority's decision (approved or denied) is recorded with its document number.
 */
export const forwardedPermitLifeCycle = new StateMachine<ApplicationStatusValue>('Application', {
  ...NONE,
  DRAFT: ['SUBMITTED', 'WITHDRAWN'],
  SUBMITTED: ['ACCEPTED', 'ACCEPTED_WITH_DEFICIENCY', 'NOT_ACCEPTED', 'SUPPLEMENT_REQUESTED', 'WITHDRAWN'],
  SUPPLEMENT_REQUESTED: ['ACCEPTED', 'ACCEPTED_WITH_DEFICIENCY', 'NOT_ACCEPTED', 'WITHDRAWN'],
  ACCEPTED: ['UNDER_REVIEW', 'FORWARDED', 'WITHDRAWN'],
  ACCEPTED_WITH_DEFICIENCY: ['UNDER_REVIEW', 'FORWARDED', 'WITHDRAWN', 'TERMINATED'],
  UNDER_REVIEW: ['FORWARDED', 'WITHDRAWN', 'TERMINATED'],
  FORWARDED: ['APPROVED', 'DENIED', 'WITHDRAWN'],
});

/** A filing (备案) this office records: recorded on receipt of complete materials, or back for supplement once. */
export const filingLifeCycle = new StateMachine<ApplicationStatusValue>('Application', {
  ...NONE,
  DRAFT: ['SUBMITTED', 'WITHDRAWN'],
  SUBMITTED: ['RECORDED', 'SUPPLEMENT_REQUESTED', 'WITHDRAWN'],
  SUPPLEMENT_REQUESTED: ['RECORDED', 'WITHDRAWN'],
});

/** A filing received here and recorded by a higher authority. */
export const forwardedFilingLifeCycle = new StateMachine<ApplicationStatusValue>('Application', {
  ...NONE,
  DRAFT: ['SUBMITTED', 'WITHDRAWN'],
  SUBMITTED: ['FORWARDED', 'SUPPLEMENT_REQUESTED', 'WITHDRAWN'],
  SUPPLEMENT_REQUESTED: ['FORWARDED', 'WITHDRAWN'],
  FORWARDED: ['RECORDED'],
});

/** The life cycle of an item's applications: by procedure kind and deciding authority. */
export function lifeCycleOf(item: Pick<ApprovalItemDoc, 'procedureKind' | 'decidingAuthority'>): StateMachine<ApplicationStatusValue> {
  const higher = item.decidingAuthority === 'HIGHER_AUTHORITY';
  if (item.procedureKind === 'FILING') return higher ? forwardedFilingLifeCycle : filingLifeCycle;
  return higher ? forwardedPermitLifeCycle : applicationLifeCycle;
}

/** States in which the decision clock runs. */
export const DECISION_PENDING: ApplicationStatusValue[] = ['ACCEPTED', 'ACCEPTED_WITH_DEFICIENCY', 'UNDER_REVIEW'];
/** States whose decision clock (decisionDueDate) can run late: this office's decision, forwarding, or the higher authority's. */
export const CLOCK_RUNNING: ApplicationStatusValue[] = [...DECISION_PENDING, 'FORWARDED'];
/** States waiting for acceptance with the clock running (补正 stops it). */
export const ACCEPTANCE_PENDING: ApplicationStatusValue[] = ['SUBMITTED'];

/** 督导: open → investigating → rectified | dismissed → archived. */
export const supervisionLifeCycle = new StateMachine<SupervisionStatusValue>('SupervisionCase', {
  OPEN: ['INVESTIGATING', 'DISMISSED'],
  INVESTIGATING: ['RECTIFIED', 'DISMISSED'],
  RECTIFIED: ['ARCHIVED'],
  DISMISSED: ['ARCHIVED'],
  ARCHIVED: [],
});

/** Time limits of the licensing law, in working days. */
export const TIME_LIMITS = {
  acceptance: 5,
  defaultDecision: 20,
  extension: 10,
  certificateDelivery: 10,
  supervision: { SIMPLE: 0, COMPLEX: 5, SPECIAL: 10, HARD: null },
} as const;

/** Working days to answer a bad rating (APPROVALS_RECTIFICATION_DAYS, default 15). */
export function rectificationDays(): number {
  return config.integer('APPROVALS_RECTIFICATION_DAYS', 15, 1, 365);
}
