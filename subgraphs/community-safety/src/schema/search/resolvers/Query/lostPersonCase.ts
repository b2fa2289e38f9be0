import type { QueryResolvers } from '../../../types.generated';
import { findCase } from '../../../../services/searches';

export const lostPersonCase: NonNullable<QueryResolvers['lostPersonCase']> = (_p, { id }, ctx) => findCase(ctx, id);
