import { StateMachine } from '@pecg/common';
import type { ActivityStatus, RegistrationStatus } from '../models';

/** The activity life cycle (the one table of its transitions). */
export const activityLifecycle = new StateMachine<ActivityStatus>('Activity', {
  PLANNED: ['OPEN_FOR_REGISTRATION', 'CANCELLED'],
  OPEN_FOR_REGISTRATION: ['ONGOING', 'CANCELLED'],
  ONGOING: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
});

export const registrationLifecycle = new StateMachine<RegistrationStatus>('Registration', {
  CONFIRMED: ['CANCELLED'],
  WAITLISTED: ['CONFIRMED', 'CANCELLED'],
  CANCELLED: [],
});

/** Activity statuses in which people may register, cancel and check in. */
export const REGISTRATION_OPEN: readonly ActivityStatus[] = ['OPEN_FOR_REGISTRATION'];
export const ATTENDANCE_OPEN: readonly ActivityStatus[] = ['OPEN_FOR_REGISTRATION', 'ONGOING'];
