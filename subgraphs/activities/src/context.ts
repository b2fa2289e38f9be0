import {
  allOf,
  byIdLoader,
  distinctValuesLoader,
  groupLoader,
  latestPerParentLoader,
  lazyLoaders,
  loaderFamily,
  type BaseContext,
  type Projection,
} from '@pecg/common';
import type { ActivityDoc } from './models';
import type { ActivityFilter } from './schema/types.generated';
import { activityQuery } from './services/filters';
import type { ActivitiesModels } from './models';

const makeLoaders = lazyLoaders({
  venueById: (models: ActivitiesModels) => byIdLoader(models.Venue),
  activityById: (models: ActivitiesModels) => byIdLoader(models.Activity),
  registrationById: (models: ActivitiesModels) => byIdLoader(models.Registration),
  bookingById: (models: ActivitiesModels) => byIdLoader(models.Booking),
  /** Ids of the activities an enterprise's people attended (checked in: Enterprise.activitiesAttended). */
  attendedActivityIdsByEnterprise: (models: ActivitiesModels) =>
    distinctValuesLoader(models.Registration, 'enterpriseId', 'activityId', { where: { attended: true } }),
  /** The latest N registrations per enterprise, newest first (Enterprise.activityRegistrations); one loader per projection (undefined: whole documents). */
  latestRegistrationsByEnterprise: (models: ActivitiesModels) =>
    loaderFamily((projection: Projection | undefined) =>
      latestPerParentLoader(models.Registration, 'enterpriseId', { sort: { registeredAt: -1, _id: -1 }, projection }),
    ),
  /** Per ActivityFilter: the activity (by id) if it matches the filter and was not cancelled, else none (Enterprise.activitiesAttendedCount). */
  attendedActivityMatching: (models: ActivitiesModels) =>
    loaderFamily((filter: ActivityFilter | null | undefined) =>
      groupLoader(models.Activity, '_id', {
        where: allOf<ActivityDoc>(activityQuery(filter), { status: { $ne: 'CANCELLED' } }),
        projection: { _id: 1 },
      }),
    ),
  /** The latest N feedback per activity, newest first (Activity.feedback). */
  latestFeedbackByActivity: (models: ActivitiesModels) => latestPerParentLoader(models.Feedback, 'activityId', { sort: { _id: -1 } }),
});

/** Per-request loaders, each made on first use (`lazyLoaders`). */
export function createLoaders(models: ActivitiesModels) {
  return makeLoaders(models);
}

export interface ActivitiesContext extends BaseContext {
  models: ActivitiesModels;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(base: BaseContext, models: ActivitiesModels): ActivitiesContext {
  return { ...base, models, loaders: createLoaders(models) };
}
