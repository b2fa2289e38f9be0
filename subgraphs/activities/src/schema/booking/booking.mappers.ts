import type { Connection } from '@pecg/common';
import type { BookingDoc } from '../../models';

export type { BookingDoc as BookingMapper } from '../../models';
export type BookingConnectionMapper = Connection<BookingDoc>;
