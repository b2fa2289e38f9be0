import type { Connection, Model } from 'mongoose';
import { activitySchema, type ActivityDoc } from './activity';
import { bookingSchema, bookingSlotSchema, type BookingDoc, type BookingSlotDoc } from './booking';
import { feedbackSchema, type FeedbackDoc } from './feedback';
import { registrationSchema, type RegistrationDoc } from './registration';
import { venueSchema, type VenueDoc } from './venue';

export * from './activity';
export * from './booking';
export * from './feedback';
export * from './registration';
export * from './report';
export * from './venue';

function model<T>(connection: Connection, name: string, schema: import('mongoose').Schema<T>): Model<T> {
  return (connection.models[name] as Model<T>) ?? connection.model<T>(name, schema);
}

export function createModels(connection: Connection) {
  return {
    Venue: model<VenueDoc>(connection, 'Venue', venueSchema),
    Booking: model<BookingDoc>(connection, 'Booking', bookingSchema),
    BookingSlot: model<BookingSlotDoc>(connection, 'BookingSlot', bookingSlotSchema),
    Activity: model<ActivityDoc>(connection, 'Activity', activitySchema),
    Registration: model<RegistrationDoc>(connection, 'Registration', registrationSchema),
    Feedback: model<FeedbackDoc>(connection, 'Feedback', feedbackSchema),
  };
}
export type ActivitiesModels = ReturnType<typeof createModels>;
