import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const venues: QueryResolvers['venues'] = (_p, _a, { models }) => models.Venue.find().sort({ name: 1 }).lean().exec();
