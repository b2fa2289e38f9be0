import type { QueryResolvers } from '../../../types.generated';
import { findEvent } from '../../../../services/events';

export const sensingEvent: NonNullable<QueryResolvers['sensingEvent']> = (_p, { id }, ctx) => findEvent(ctx, id);
