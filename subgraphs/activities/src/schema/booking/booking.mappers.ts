export type { BookingDoc as BookingMapper } from '../../models';
