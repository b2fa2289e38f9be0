import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/agreement';

export const recordConfirmationOutcome: NonNullable<MutationResolvers['recordConfirmationOutcome']> = (_p, { id, expectedVersion, decision }, ctx) =>
  service.recordConfirmationOutcome(ctx, id, expectedVersion, decision);
