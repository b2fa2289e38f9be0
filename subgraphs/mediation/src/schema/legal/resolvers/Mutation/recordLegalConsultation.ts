import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/volunteers';

export const recordLegalConsultation: NonNullable<MutationResolvers['recordLegalConsultation']> = (_p, { input }, ctx) =>
  service.recordLegalConsultation(ctx, input);
