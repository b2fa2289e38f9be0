import type { QueryResolvers } from '../../../types.generated';
import { listSensingEvents } from '../../../../services/lists';

export const sensingEvents: NonNullable<QueryResolvers['sensingEvents']> = (_p, args, ctx) => listSensingEvents(ctx, args);
