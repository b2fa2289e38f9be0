import type { FilterQuery } from 'mongoose';
import { allOf, parseId, ValidationError } from '@pecg/common';
import type { __Entity__Doc } from '../models';
import type { __Entity__Filter } from '../schema/types.generated';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The list's filter as a mongo query (every condition must hold); each path has an index. */
export function __entity__Query(filter: __Entity__Filter | null | undefined): FilterQuery<__Entity__Doc> {
  if (!filter) return {};
  for (const [i, month] of (filter.months ?? []).entries())
    if (!MONTH.test(month)) throw new ValidationError(`filter.months[${i}]: must be a month YYYY-MM (got "${month}")`, { field: `filter.months[${i}]`, value: month });
  return allOf<__Entity__Doc>(
    filter.statuses?.length ? { status: { $in: filter.statuses } } : null,
    filter.enterpriseId ? { enterpriseId: parseId(filter.enterpriseId, 'filter.enterpriseId') } : null,
    filter.months?.length ? { createdMonth: { $in: filter.months } } : null,
    filter.titleContains ? { title: { $regex: escape(filter.titleContains), $options: 'i' } } : null,
  );
}
