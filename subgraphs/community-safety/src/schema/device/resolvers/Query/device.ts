import type { QueryResolvers } from '../../../types.generated';
import { findDevice } from '../../../../services/devices';

export const device: NonNullable<QueryResolvers['device']> = (_p, { id }, ctx) => findDevice(ctx, id);
