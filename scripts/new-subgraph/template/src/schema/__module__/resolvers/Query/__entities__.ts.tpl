import type { QueryResolvers } from '../../../types.generated';
import { list__Entities__ } from '../../../../services/lists';

export const __entities__: NonNullable<QueryResolvers['__entities__']> = (_p, args, ctx) => list__Entities__(ctx, args);
