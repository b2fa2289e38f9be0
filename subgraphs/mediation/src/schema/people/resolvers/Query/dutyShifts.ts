import type { QueryResolvers } from '../../../types.generated';
import { listDutyShifts } from '../../../../services/lists';

export const dutyShifts: NonNullable<QueryResolvers['dutyShifts']> = (_p, args, ctx) => listDutyShifts(ctx, args);
