import type { QueryResolvers } from '../../../types.generated';
import { find__Entity__ } from '../../../../services/__module__';

export const __entity__: NonNullable<QueryResolvers['__entity__']> = (_p, { id }, ctx) => find__Entity__(ctx, id);
