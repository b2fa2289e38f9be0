import type { QueryResolvers } from '../../../types.generated';
import { holidayCalendars as loaded } from '../../../../services/calendar';

export const holidayCalendars: NonNullable<QueryResolvers['holidayCalendars']> = () => loaded();
