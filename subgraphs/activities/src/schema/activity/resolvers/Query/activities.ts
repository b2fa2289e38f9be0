import { paginate } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';
import { activityQuery } from '../../../../services/filters';

export const ACTIVITY_SORT_FIELDS = { STARTS_AT: 'startsAt', TITLE: 'title', CAPACITY: 'capacity' } as const;

export const activities: NonNullable<QueryResolvers['activities']> = (_p, { filter, sort, first, after }, { models }) =>
  paginate(models.Activity, activityQuery(filter), { sort, first, after }, { sortFields: ACTIVITY_SORT_FIELDS, defaultSort: { field: 'STARTS_AT', direction: 'DESC' } });
