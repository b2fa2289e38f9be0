import type { Connection } from '@pecg/common';
import type { LegalConsultationDoc } from '../../models';

export type { LegalConsultationDoc as LegalConsultationMapper } from '../../models';
export type LegalConsultationConnectionMapper = Connection<LegalConsultationDoc>;
export type { ConsultationStatisticsQuery as LegalConsultationStatisticsMapper } from '../../services/people-statistics';
