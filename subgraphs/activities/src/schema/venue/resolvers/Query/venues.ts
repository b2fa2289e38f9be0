import type { QueryResolvers } from '../../../types.generated';

export const venues: NonNullable<QueryResolvers['venues']> = (_p, _a, { models }) => models.Venue.find().sort({ name: 1 }).lean().exec();
