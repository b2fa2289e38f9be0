import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/activities';

export const completeActivity: MutationResolvers['completeActivity'] = (_p, { id, expectedVersion, outcome }, ctx) => service.completeActivity(ctx, id, expectedVersion, outcome);
