import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const serviceMeasures: QueryResolvers['serviceMeasures'] = (_parent, _args, { models }) => models.ServiceMeasure.find().sort({ number: 1 }).lean().exec();
