import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/agreement';

export const applyForJudicialConfirmation: NonNullable<MutationResolvers['applyForJudicialConfirmation']> = (_p, { id, expectedVersion, application }, ctx) =>
  service.applyForJudicialConfirmation(ctx, id, expectedVersion, application);
