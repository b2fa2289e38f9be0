import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { listPoliceOfficers } from '../../services/lists';

export const policeOfficers: QueryResolvers['policeOfficers'] = (_parent, args, { models }) => listPoliceOfficers(models, args);
