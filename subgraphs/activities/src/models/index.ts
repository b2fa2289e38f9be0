import type { Connection, Model } from 'mongoose';
import { activitySchema, type ActivityDoc } from './activity';
import { feedbackSchema, type FeedbackDoc } from './feedback';
import { registrationSchema, type RegistrationDoc } from './registration';
import { venueSchema, type VenueDoc } from './venue';

export * from './activity';
export * from './feedback';
export * from './registration';
export * from './venue';

export function createModels(connection: Connection) {
  return {
    Venue: (connection.models.Venue as Model<VenueDoc>) ?? connection.model<VenueDoc>('Venue', venueSchema),
    Activity: (connection.models.Activity as Model<ActivityDoc>) ?? connection.model<ActivityDoc>('Activity', activitySchema),
    Registration: (connection.models.Registration as Model<RegistrationDoc>) ?? connection.model<RegistrationDoc>('Registration', registrationSchema),
    Feedback: (connection.models.Feedback as Model<FeedbackDoc>) ?? connection.model<FeedbackDoc>('Feedback', feedbackSchema),
  };
}
export type ActivitiesModels = ReturnType<typeof createModels>;
