import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/activities';

export const startActivity: MutationResolvers['startActivity'] = (_p, { id, expectedVersion }, ctx) => service.startActivity(ctx, id, expectedVersion);
