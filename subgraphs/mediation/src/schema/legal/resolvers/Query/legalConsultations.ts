import { paginate } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';
import { consultationQuery } from '../../../../services/filters';

export const legalConsultations: NonNullable<QueryResolvers['legalConsultations']> = (_p, { filter, sort, first, after }, { models, caller }) =>
  paginate(models.LegalConsultation, consultationQuery(caller, filter), { sort, first, after }, { sortFields: { ASKED_AT: 'askedAt' }, defaultSort: { field: 'ASKED_AT', direction: 'DESC' } });
