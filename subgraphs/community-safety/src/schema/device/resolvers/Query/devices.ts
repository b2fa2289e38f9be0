import type { QueryResolvers } from '../../../types.generated';
import { listDevices } from '../../../../services/lists';

export const devices: NonNullable<QueryResolvers['devices']> = (_p, args, ctx) => listDevices(ctx, args);
