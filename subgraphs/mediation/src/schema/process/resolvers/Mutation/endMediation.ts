import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/mediation';

export const endMediation: NonNullable<MutationResolvers['endMediation']> = (_p, { id, expectedVersion, reason, routesNotified }, ctx) =>
  service.endMediation(ctx, id, expectedVersion, reason, routesNotified);
