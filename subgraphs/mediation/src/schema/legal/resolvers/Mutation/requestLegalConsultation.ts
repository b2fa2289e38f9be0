import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/consultations';

export const requestLegalConsultation: NonNullable<MutationResolvers['requestLegalConsultation']> = (_p, { input }, ctx) =>
  service.requestLegalConsultation(ctx, input);
