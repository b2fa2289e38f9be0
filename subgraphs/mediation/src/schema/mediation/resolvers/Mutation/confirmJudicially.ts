import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/agreement';

export const confirmJudicially: NonNullable<MutationResolvers['confirmJudicially']> = (_p, { id, expectedVersion, confirmation }, ctx) =>
  service.confirmJudicially(ctx, id, expectedVersion, confirmation);
