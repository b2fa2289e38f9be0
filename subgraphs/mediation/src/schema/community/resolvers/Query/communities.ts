import type { QueryResolvers } from '../../../types.generated';

export const communities: NonNullable<QueryResolvers['communities']> = (_p, _a, { models }) => models.Community.find().sort({ name: 1 }).lean().exec();
