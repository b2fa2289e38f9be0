import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const communities: QueryResolvers['communities'] = (_p, _a, { models }) => models.Community.find().sort({ name: 1 }).lean().exec();
