import { paginate } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';
import { volunteerQuery } from '../../../../services/filters';

export const volunteers: NonNullable<QueryResolvers['volunteers']> = (_p, { filter, sort, first, after }, { models }) =>
  paginate(models.Volunteer, volunteerQuery(filter), { sort, first, after }, { sortFields: { JOINED_ON: 'joinedOn' }, defaultSort: { field: 'JOINED_ON', direction: 'ASC' } });
