import type { QueryResolvers } from '../../../types.generated';
import { listServiceMeasures } from '../../../../services/lists';

export const serviceMeasures: NonNullable<QueryResolvers['serviceMeasures']> = (_parent, _args, ctx) => listServiceMeasures(ctx);
