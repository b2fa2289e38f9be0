import type { QueryResolvers } from '../../../types.generated';
import { listLegalConsultations } from '../../../../services/lists';

export const legalConsultations: NonNullable<QueryResolvers['legalConsultations']> = (_p, args, ctx) => listLegalConsultations(ctx, args);
