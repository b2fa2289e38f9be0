import type { QueryResolvers } from '../../../types.generated';

export const serviceMeasures: NonNullable<QueryResolvers['serviceMeasures']> = (_parent, _args, { models }) => models.ServiceMeasure.find().sort({ number: 1 }).lean().exec();
