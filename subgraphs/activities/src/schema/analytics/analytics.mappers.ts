export type { ActivityGroupRow as ActivityGroupMapper, RegistrationGroupRow as RegistrationGroupMapper } from '../../services/aggregates';
export type { BookingGroupRow as BookingGroupMapper } from '../../services/booking-aggregate';
