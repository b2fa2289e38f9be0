import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { listAdvantageResources } from '../../services/lists';

export const advantageResources: QueryResolvers['advantageResources'] = (_parent, args, { models }) => listAdvantageResources(models, args);
