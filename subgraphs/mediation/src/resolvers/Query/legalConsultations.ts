import { paginate } from '@pecg/common';
import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { consultationQuery } from '../../services/filters';

export const legalConsultations: QueryResolvers['legalConsultations'] = (_p, { filter, sort, first, after }, { models, caller }) =>
  paginate(models.LegalConsultation, consultationQuery(caller, filter), { sort, first, after }, { sortFields: { ASKED_AT: 'askedAt' }, defaultSort: { field: 'ASKED_AT', direction: 'DESC' } });
