import { connectionResolvers } from '@pecg/common';
import type { LegalConsultationConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const LegalConsultationConnection: LegalConsultationConnectionResolvers = connectionResolvers as LegalConsultationConnectionResolvers;
