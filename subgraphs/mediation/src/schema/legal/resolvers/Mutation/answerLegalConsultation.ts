import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/consultations';

export const answerLegalConsultation: NonNullable<MutationResolvers['answerLegalConsultation']> = (_p, { id, expectedVersion, answer }, ctx) =>
  service.answerLegalConsultation(ctx, id, expectedVersion, answer);
