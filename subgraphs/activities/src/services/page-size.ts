import { MAX_PAGE_SIZE, pageSize, ValidationError } from '@pecg/common';

/**
 * `first` of every list of this subgraph (connections and the latest-N lists on records): default 20,
 * from 1 to 100; anything else is BAD_USER_INPUT naming `first` (the analysts' contract).
 */
export function listFirst(first: number | null | undefined): number {
  if (first !== null && first !== undefined && first < 1) {
    throw new ValidationError(`first: must be an integer from 1 to ${MAX_PAGE_SIZE} (got ${first})`, { field: 'first', value: first });
  }
  return pageSize(first);
}
