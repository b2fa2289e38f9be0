import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/agreement';

export const recordOralAgreement: NonNullable<MutationResolvers['recordOralAgreement']> = (_p, { id, expectedVersion, agreement }, ctx) =>
  service.recordOralAgreement(ctx, id, expectedVersion, agreement);
