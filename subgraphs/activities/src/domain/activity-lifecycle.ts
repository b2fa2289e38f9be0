import { StateMachine } from '@pecg/common';
import type { ActivityStatus, RegistrationStatus } from '../models';

/**
 * The activity life cycle (the one table of its transitions): draft (PLANNED) → published →
 * registration open → registration closed → ongoing → closed (COMPLETED) | cancelled. Opening
 * registration straight from the draft publishes it in the same step; registration may be reopened
 * before the start.
 */
export const activityLifecycle = new StateMachine<ActivityStatus>('Activity', {
  PLANNED: ['PUBLISHED', 'OPEN_FOR_REGISTRATION', 'CANCELLED'],
  PUBLISHED: ['OPEN_FOR_REGISTRATION', 'CANCELLED'],
  OPEN_FOR_REGISTRATION: ['REGISTRATION_CLOSED', 'ONGOING', 'CANCELLED'],
  REGISTRATION_CLOSED: ['OPEN_FOR_REGISTRATION', 'ONGOING', 'CANCELLED'],
  ONGOING: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
});

/** Participant statuses (CiviCRM's): a seat is offered to the first waitlisted person when one frees up. */
export const registrationLifecycle = new StateMachine<RegistrationStatus>('Registration', {
  CONFIRMED: ['ATTENDED', 'CANCELLED', 'NO_SHOW'],
  WAITLISTED: ['OFFERED', 'CANCELLED'],
  OFFERED: ['CONFIRMED', 'CANCELLED'],
  ATTENDED: [],
  NO_SHOW: [],
  CANCELLED: [],
});

/** Activity statuses in which people may register (inside the registration window). */
export const REGISTRATION_OPEN: readonly ActivityStatus[] = ['OPEN_FOR_REGISTRATION'];
/** Activity statuses in which registrations may be cancelled and seats change hands. */
export const ATTENDANCE_OPEN: readonly ActivityStatus[] = ['OPEN_FOR_REGISTRATION', 'REGISTRATION_CLOSED', 'ONGOING'];
/** Activity statuses in which people may check in (inside the check-in window). */
export const CHECK_IN_OPEN: readonly ActivityStatus[] = ['OPEN_FOR_REGISTRATION', 'REGISTRATION_CLOSED', 'ONGOING'];
/** Statuses an activity's details and capacity can still change in. */
export const CHANGEABLE: readonly ActivityStatus[] = ['PLANNED', 'PUBLISHED', 'OPEN_FOR_REGISTRATION', 'REGISTRATION_CLOSED'];
