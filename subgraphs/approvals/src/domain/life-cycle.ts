import { config, StateMachine } from '@pecg/common';
import type { ApplicationStatusValue, SupervisionStatusValue } from '../models';

/**
 * The application life cycle, the one table every transition is checked against:
 * draft → submitted → accepted | 容缺受理 | 不予受理 | 补正 (once: 一次性告知) → … → under review →
 * approved (办结) | denied (不予许可); withdrawn before a decision; terminated when a 容缺 commitment lapses.
 */
export const applicationLifeCycle = new StateMachine<ApplicationStatusValue>('Application', {
  DRAFT: ['SUBMITTED', 'WITHDRAWN'],
  SUBMITTED: ['ACCEPTED', 'ACCEPTED_WITH_DEFICIENCY', 'NOT_ACCEPTED', 'SUPPLEMENT_REQUESTED', 'WITHDRAWN'],
  // the supplement notice is sent once: no way back to SUBMITTED or to another notice
  SUPPLEMENT_REQUESTED: ['ACCEPTED', 'ACCEPTED_WITH_DEFICIENCY', 'NOT_ACCEPTED', 'WITHDRAWN'],
  ACCEPTED: ['UNDER_REVIEW', 'WITHDRAWN'],
  ACCEPTED_WITH_DEFICIENCY: ['UNDER_REVIEW', 'WITHDRAWN', 'TERMINATED'],
  UNDER_REVIEW: ['APPROVED', 'DENIED', 'WITHDRAWN', 'TERMINATED'],
  NOT_ACCEPTED: [],
  APPROVED: [],
  DENIED: [],
  WITHDRAWN: [],
  TERMINATED: [],
});

/** States in which the decision clock runs. */
export const DECISION_PENDING: ApplicationStatusValue[] = ['ACCEPTED', 'ACCEPTED_WITH_DEFICIENCY', 'UNDER_REVIEW'];
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
