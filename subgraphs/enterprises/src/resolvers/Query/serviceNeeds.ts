import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { listServiceNeeds } from '../../services/lists';

export const serviceNeeds: QueryResolvers['serviceNeeds'] = (_parent, args, { models, caller }) => listServiceNeeds(models, caller, args);
