import { byIdLoader, distinctValuesLoader, latestPerParentLoader, type BaseContext } from '@pecg/common';
import type { ActivitiesModels } from './models';

export function createLoaders(models: ActivitiesModels) {
  return {
    venueById: byIdLoader(models.Venue),
    activityById: byIdLoader(models.Activity),
    registrationById: byIdLoader(models.Registration),
    /** Ids of the activities an enterprise's people hold a confirmed registration for (Enterprise.activitiesAttended). */
    attendedActivityIdsByEnterprise: distinctValuesLoader(models.Registration, 'enterpriseId', 'activityId', { where: { status: 'CONFIRMED' } }),
    /** The latest N registrations per enterprise, newest first (Enterprise.activityRegistrations). */
    latestRegistrationsByEnterprise: latestPerParentLoader(models.Registration, 'enterpriseId', { sort: { registeredAt: -1, _id: -1 } }),
    /** The latest N feedback per activity, newest first (Activity.feedback). */
    latestFeedbackByActivity: latestPerParentLoader(models.Feedback, 'activityId', { sort: { _id: -1 } }),
  };
}

export interface ActivitiesContext extends BaseContext {
  models: ActivitiesModels;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(base: BaseContext, models: ActivitiesModels): ActivitiesContext {
  return { ...base, models, loaders: createLoaders(models) };
}
