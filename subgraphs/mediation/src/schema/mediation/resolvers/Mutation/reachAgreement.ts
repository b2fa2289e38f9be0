import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/agreement';

export const reachAgreement: NonNullable<MutationResolvers['reachAgreement']> = (_p, { id, expectedVersion, terms, signedAt }, ctx) =>
  service.reachAgreement(ctx, id, expectedVersion, terms, signedAt);
