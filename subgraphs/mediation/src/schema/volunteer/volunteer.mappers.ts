import type { Connection } from '@pecg/common';
import type { VolunteerDoc } from '../../models';

export type { VolunteerDoc as VolunteerMapper } from '../../models';
export type { VolunteerStatisticsQuery as VolunteerStatisticsMapper } from '../../services/statistics';
export type VolunteerConnectionMapper = Connection<VolunteerDoc>;
