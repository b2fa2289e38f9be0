import { connectionResolvers } from '@pecg/common';
import type { BookingConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const BookingConnection: BookingConnectionResolvers = connectionResolvers as BookingConnectionResolvers;
