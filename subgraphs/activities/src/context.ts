import { byIdLoader, groupLoader, type BaseContext } from '@pecg/common';
import type { ActivitiesModels } from './models';

export function createLoaders(models: ActivitiesModels) {
  return {
    venueById: byIdLoader(models.Venue),
    activityById: byIdLoader(models.Activity),
    registrationById: byIdLoader(models.Registration),
    /** Confirmed registrations per enterprise (Enterprise.activitiesAttended). */
    confirmedRegistrationsByEnterprise: groupLoader(models.Registration, 'enterpriseId', {
      where: { status: 'CONFIRMED' },
      projection: { activityId: 1, enterpriseId: 1 },
    }),
    /** Every registration per enterprise, newest first (Enterprise.activityRegistrations). */
    registrationsByEnterprise: groupLoader(models.Registration, 'enterpriseId', { sort: { registeredAt: -1, _id: -1 } }),
    /** Feedback per activity, newest first. */
    feedbackByActivity: groupLoader(models.Feedback, 'activityId', { sort: { _id: -1 } }),
  };
}

export interface ActivitiesContext extends BaseContext {
  models: ActivitiesModels;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(base: BaseContext, models: ActivitiesModels): ActivitiesContext {
  return { ...base, models, loaders: createLoaders(models) };
}
