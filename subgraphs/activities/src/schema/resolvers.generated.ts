/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated';
    import    { activities as Query_activities } from './activity/resolvers/Query/activities';
import    { activity as Query_activity } from './activity/resolvers/Query/activity';
import    { activityAggregate as Query_activityAggregate } from './analytics/resolvers/Query/activityAggregate';
import    { activityStatistics as Query_activityStatistics } from './statistics/resolvers/Query/activityStatistics';
import    { bookingAggregate as Query_bookingAggregate } from './analytics/resolvers/Query/bookingAggregate';
import    { bookings as Query_bookings } from './booking/resolvers/Query/bookings';
import    { registration as Query_registration } from './registration/resolvers/Query/registration';
import    { registrationAggregate as Query_registrationAggregate } from './analytics/resolvers/Query/registrationAggregate';
import    { registrations as Query_registrations } from './registration/resolvers/Query/registrations';
import    { venue as Query_venue } from './venue/resolvers/Query/venue';
import    { venues as Query_venues } from './venue/resolvers/Query/venues';
import    { acceptOffer as Mutation_acceptOffer } from './registration/resolvers/Mutation/acceptOffer';
import    { bookVenue as Mutation_bookVenue } from './booking/resolvers/Mutation/bookVenue';
import    { cancelActivity as Mutation_cancelActivity } from './activity/resolvers/Mutation/cancelActivity';
import    { cancelBooking as Mutation_cancelBooking } from './booking/resolvers/Mutation/cancelBooking';
import    { cancelRegistration as Mutation_cancelRegistration } from './registration/resolvers/Mutation/cancelRegistration';
import    { checkIn as Mutation_checkIn } from './registration/resolvers/Mutation/checkIn';
import    { checkInBooking as Mutation_checkInBooking } from './booking/resolvers/Mutation/checkInBooking';
import    { checkInWithCode as Mutation_checkInWithCode } from './registration/resolvers/Mutation/checkInWithCode';
import    { closeActivity as Mutation_closeActivity } from './report/resolvers/Mutation/closeActivity';
import    { closeRegistration as Mutation_closeRegistration } from './activity/resolvers/Mutation/closeRegistration';
import    { completeActivity as Mutation_completeActivity } from './activity/resolvers/Mutation/completeActivity';
import    { leaveFeedback as Mutation_leaveFeedback } from './registration/resolvers/Mutation/leaveFeedback';
import    { openRegistration as Mutation_openRegistration } from './activity/resolvers/Mutation/openRegistration';
import    { planActivity as Mutation_planActivity } from './activity/resolvers/Mutation/planActivity';
import    { publishActivity as Mutation_publishActivity } from './activity/resolvers/Mutation/publishActivity';
import    { register as Mutation_register } from './registration/resolvers/Mutation/register';
import    { retryActivityOutcomes as Mutation_retryActivityOutcomes } from './report/resolvers/Mutation/retryActivityOutcomes';
import    { startActivity as Mutation_startActivity } from './activity/resolvers/Mutation/startActivity';
import    { updateActivity as Mutation_updateActivity } from './activity/resolvers/Mutation/updateActivity';
import    { Activity } from './activity/resolvers/Activity';
import    { ActivityConnection } from './activity/resolvers/ActivityConnection';
import    { ActivityGroup } from './analytics/resolvers/ActivityGroup';
import    { ActivityStatistics } from './statistics/resolvers/ActivityStatistics';
import    { Booking } from './booking/resolvers/Booking';
import    { BookingConnection } from './booking/resolvers/BookingConnection';
import    { BookingGroup } from './analytics/resolvers/BookingGroup';
import    { ClosingReport } from './report/resolvers/ClosingReport';
import    { Enterprise } from './enterprise/resolvers/Enterprise';
import    { EnterpriseParticipation } from './statistics/resolvers/EnterpriseParticipation';
import    { EnterpriseRegistrationCount } from './statistics/resolvers/EnterpriseRegistrationCount';
import    { Feedback } from './registration/resolvers/Feedback';
import    { Registration } from './registration/resolvers/Registration';
import    { RegistrationConnection } from './registration/resolvers/RegistrationConnection';
import    { RegistrationGroup } from './analytics/resolvers/RegistrationGroup';
import    { ReportOutcome } from './report/resolvers/ReportOutcome';
import    { Venue } from './venue/resolvers/Venue';
    export const resolvers: Resolvers = {
      Query: { activities: Query_activities,activity: Query_activity,activityAggregate: Query_activityAggregate,activityStatistics: Query_activityStatistics,bookingAggregate: Query_bookingAggregate,bookings: Query_bookings,registration: Query_registration,registrationAggregate: Query_registrationAggregate,registrations: Query_registrations,venue: Query_venue,venues: Query_venues },
      Mutation: { acceptOffer: Mutation_acceptOffer,bookVenue: Mutation_bookVenue,cancelActivity: Mutation_cancelActivity,cancelBooking: Mutation_cancelBooking,cancelRegistration: Mutation_cancelRegistration,checkIn: Mutation_checkIn,checkInBooking: Mutation_checkInBooking,checkInWithCode: Mutation_checkInWithCode,closeActivity: Mutation_closeActivity,closeRegistration: Mutation_closeRegistration,completeActivity: Mutation_completeActivity,leaveFeedback: Mutation_leaveFeedback,openRegistration: Mutation_openRegistration,planActivity: Mutation_planActivity,publishActivity: Mutation_publishActivity,register: Mutation_register,retryActivityOutcomes: Mutation_retryActivityOutcomes,startActivity: Mutation_startActivity,updateActivity: Mutation_updateActivity },
      
      Activity: Activity,
ActivityConnection: ActivityConnection,
ActivityGroup: ActivityGroup,
ActivityStatistics: ActivityStatistics,
Booking: Booking,
BookingConnection: BookingConnection,
BookingGroup: BookingGroup,
ClosingReport: ClosingReport,
Enterprise: Enterprise,
EnterpriseParticipation: EnterpriseParticipation,
EnterpriseRegistrationCount: EnterpriseRegistrationCount,
Feedback: Feedback,
Registration: Registration,
RegistrationConnection: RegistrationConnection,
RegistrationGroup: RegistrationGroup,
ReportOutcome: ReportOutcome,
Venue: Venue
    }