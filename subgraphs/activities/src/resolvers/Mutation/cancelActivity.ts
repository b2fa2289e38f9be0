import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/activities';

export const cancelActivity: MutationResolvers['cancelActivity'] = (_p, { id, expectedVersion, reason }, ctx) => service.cancelActivity(ctx, id, expectedVersion, reason);
