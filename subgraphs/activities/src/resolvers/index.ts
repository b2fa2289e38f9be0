import { connectionResolvers } from '@pecg/common';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Activity } from './Activity';
import { ActivityStatistics, EnterpriseRegistrationCount } from './ActivityStatistics';
import { Enterprise } from './Enterprise';
import { Feedback } from './Feedback';
import { Registration } from './Registration';
import { Venue } from './Venue';
import { activities } from './Query/activities';
import { activity } from './Query/activity';
import { activityStatistics } from './Query/activityStatistics';
import { registration } from './Query/registration';
import { registrations } from './Query/registrations';
import { venue } from './Query/venue';
import { venues } from './Query/venues';
import { cancelActivity } from './Mutation/cancelActivity';
import { cancelRegistration } from './Mutation/cancelRegistration';
import { checkIn } from './Mutation/checkIn';
import { completeActivity } from './Mutation/completeActivity';
import { leaveFeedback } from './Mutation/leaveFeedback';
import { openRegistration } from './Mutation/openRegistration';
import { planActivity } from './Mutation/planActivity';
import { register } from './Mutation/register';
import { startActivity } from './Mutation/startActivity';
import { updateActivity } from './Mutation/updateActivity';

export const resolvers: Resolvers = {
  Query: { venues, venue, activity, activities, registration, registrations, activityStatistics },
  Mutation: { planActivity, updateActivity, openRegistration, startActivity, completeActivity, cancelActivity, register, cancelRegistration, checkIn, leaveFeedback },
  Enterprise,
  Venue,
  Activity,
  Registration,
  Feedback,
  ActivityStatistics,
  EnterpriseRegistrationCount,
  ActivityConnection: connectionResolvers as Resolvers['ActivityConnection'],
  RegistrationConnection: connectionResolvers as Resolvers['RegistrationConnection'],
};
