import { paginate } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';
import { registrationQuery } from '../../../../services/filters';

export const REGISTRATION_SORT_FIELDS = { REGISTERED_AT: 'registeredAt' } as const;
export const REGISTRATION_DEFAULT_SORT = { field: 'REGISTERED_AT', direction: 'ASC' } as const;

export const registrations: NonNullable<QueryResolvers['registrations']> = (_p, { filter, sort, first, after }, { models, caller }) =>
  paginate(models.Registration, registrationQuery(caller, filter), { sort, first, after }, { sortFields: REGISTRATION_SORT_FIELDS, defaultSort: REGISTRATION_DEFAULT_SORT });
