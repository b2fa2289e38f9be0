import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/consultations';

export const recordLegalConsultation: NonNullable<MutationResolvers['recordLegalConsultation']> = (_p, { input }, ctx) =>
  service.recordLegalConsultation(ctx, input);
