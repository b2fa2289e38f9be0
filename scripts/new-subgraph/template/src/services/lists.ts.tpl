import { paginate, type Connection, type PageArgs, type SortArg } from '@pecg/common';
import type { __Name__Context } from '../context';
import type { __Entity__Doc } from '../models';
import type { __Entity__Filter, __Entity__SortField } from '../schema/types.generated';
import { __entity__Query } from './filters';

/**
 * The lists of this subgraph, each one cursor page through `paginate`: filter → mongo query, sort field
 * → indexed path. What a caller may see is narrowed by the storage layer (READ_POLICY).
 */
type ListArgs<F, S extends string> = PageArgs & { filter?: F | null; sort?: SortArg<S> | null };

export const __ENTITY___SORT_FIELDS: Record<__Entity__SortField, string> = { CREATED_AT: 'createdAt', TITLE: 'title' };

export function list__Entities__(ctx: __Name__Context, args: ListArgs<__Entity__Filter, __Entity__SortField>): Promise<Connection<__Entity__Doc>> {
  return paginate(ctx.models.__Entity__, __entity__Query(args.filter), args, {
    sortFields: __ENTITY___SORT_FIELDS,
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
  });
}
