import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/consultations';

export const linkConsultationDispute: NonNullable<MutationResolvers['linkConsultationDispute']> = (_p, { id, expectedVersion, disputeId }, ctx) =>
  service.linkConsultationDispute(ctx, id, expectedVersion, disputeId);
