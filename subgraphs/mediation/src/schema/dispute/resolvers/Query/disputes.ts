import { paginate } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';
import { disputeQuery } from '../../../../services/filters';

export const disputes: NonNullable<QueryResolvers['disputes']> = (_p, { filter, sort, first, after }, { models, caller }) =>
  paginate(models.Dispute, disputeQuery(caller, filter), { sort, first, after }, { sortFields: { REPORTED_AT: 'reportedAt' }, defaultSort: { field: 'REPORTED_AT', direction: 'DESC' } });
