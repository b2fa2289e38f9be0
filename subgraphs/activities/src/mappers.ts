/** GraphQL type → the document it is resolved from (used by codegen `mappers`). */
import type { Connection } from '@pecg/common';
import type { ActivityDoc, RegistrationDoc } from './models';
export type { VenueDoc as VenueMapper, ActivityDoc as ActivityMapper, RegistrationDoc as RegistrationMapper, FeedbackDoc as FeedbackMapper } from './models';
export type { EntityReference as EnterpriseReference, EntityReference as PoliceOfficerReference } from '@pecg/common';
export type ActivityConnectionMapper = Connection<ActivityDoc>;
export type RegistrationConnectionMapper = Connection<RegistrationDoc>;
export type { ActivityStatisticsQuery as ActivityStatisticsMapper } from './services/statistics';
export interface EnterpriseRegistrationCountMapper {
  enterpriseId: import('mongoose').Types.ObjectId;
  count: number;
}
