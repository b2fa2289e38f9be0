import type { QueryResolvers } from '../../../types.generated';
import { listPoliceOfficers } from '../../../../services/lists';

export const policeOfficers: NonNullable<QueryResolvers['policeOfficers']> = (_parent, args, ctx) => listPoliceOfficers(ctx, args);
