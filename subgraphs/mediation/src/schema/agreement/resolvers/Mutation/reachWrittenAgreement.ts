import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/agreement';

export const reachWrittenAgreement: NonNullable<MutationResolvers['reachWrittenAgreement']> = (_p, { id, expectedVersion, agreement }, ctx) =>
  service.reachWrittenAgreement(ctx, id, expectedVersion, agreement);
