export type { VenueDoc as VenueMapper } from '../../models';
