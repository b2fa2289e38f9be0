import type { FilterQuery, Model, SortOrder } from 'mongoose';
import { Types } from 'mongoose';
import { ValidationError } from './errors';
import { allOf } from './db/storage';
import { isScopedRead } from './read-policy';

/**
 * Cursor connections, the list convention of every subgraph:
 * `first` (default 20, at most 100) and `after` (an opaque cursor from a previous page), a `sort`
 * (field + direction) that always ends with `_id` as the unique tie-breaker, and `totalCount`
 * computed only when asked for.
 */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export type SortDirection = 'ASC' | 'DESC';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface SortArg<F extends string = string> {
  field: F;
  direction?: SortDirection | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Resolved lazily so a page that does not ask for it costs no count query. */
  totalCount: () => Promise<number>;
}

export interface PaginateOptions<F extends string> {
  /** GraphQL sort field → document path. */
  sortFields: Record<F, string>;
  defaultSort: SortArg<F>;
  maxPageSize?: number;
  defaultPageSize?: number;
  projection?: Record<string, 0 | 1>;
}

type CursorValue = string | number | boolean | null | { $date: string } | { $oid: string };

function encodeValue(value: unknown): CursorValue {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (value instanceof Types.ObjectId) return { $oid: value.toHexString() };
  if (value === undefined) return null;
  return value as CursorValue;
}

const OBJECT_ID = /^[0-9a-f]{24}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * A cursor's sort value, schema-checked: a string, a finite number, a boolean, null, `{ $date: ISO }`
 * or `{ $oid: hex }` — nothing else reaches the database filter (a forged `{ $regex }` is refused).
 */
function decodeValue(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('not a finite number');
    return value;
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const inner = (value as Record<string, unknown>)[keys[0]];
    if (keys.length === 1 && keys[0] === '$date' && typeof inner === 'string' && ISO_DATE.test(inner) && !Number.isNaN(Date.parse(inner)))
      return new Date(inner);
    if (keys.length === 1 && keys[0] === '$oid' && typeof inner === 'string' && OBJECT_ID.test(inner)) return new Types.ObjectId(inner);
  }
  throw new Error('not a cursor value');
}

function getPath(doc: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((acc, key) => (acc && typeof acc === 'object' ? (acc as Record<string, unknown>)[key] : undefined), doc);
}

export function encodeCursor(sortKey: string, value: unknown, id: Types.ObjectId | string): string {
  return Buffer.from(JSON.stringify([sortKey, encodeValue(value), String(id)])).toString('base64url');
}

/**
 * Decodes a cursor made by `encodeCursor`: exactly `[sortKey, value, id]`, the value schema-checked
 * (see decodeValue) and the id a 24-hex ObjectId. Anything else is BAD_USER_INPUT naming `after` —
 * the decoded content never reaches a filter unchecked.
 */
export function decodeCursor(cursor: string, sortKey: string): { value: unknown; id: Types.ObjectId } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const invalid = () => new ValidationError(`after: "${cursor}" is not a cursor returned by this list`, { field: 'after', value: cursor });
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[0] !== 'string' || typeof parsed[2] !== 'string' || !OBJECT_ID.test(parsed[2]))
    throw invalid();
  const [key, value, id] = parsed as [string, unknown, string];
  if (key !== sortKey) {
    throw new ValidationError(`after: the cursor "${cursor}" belongs to a list sorted by ${key}, not by ${sortKey}`, { field: 'after', value: cursor });
  }
  try {
    return { value: decodeValue(value), id: new Types.ObjectId(id) };
  } catch {
    throw invalid();
  }
}

export function pageSize(first: number | null | undefined, max = MAX_PAGE_SIZE, fallback = DEFAULT_PAGE_SIZE): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new ValidationError(`first: must be an integer from 1 to ${max} (got ${first})`, { field: 'first', value: first });
  }
  return first;
}

/** One page of `model` matching `filter`, in the requested order, with a unique `_id` tie-breaker. */
export async function paginate<T, F extends string>(
  model: Model<T>,
  filter: FilterQuery<T>,
  args: PageArgs & { sort?: SortArg<F> | null },
  options: PaginateOptions<F>,
): Promise<Connection<T>> {
  const limit = pageSize(args.first, options.maxPageSize, options.defaultPageSize);
  const sort = args.sort ?? options.defaultSort;
  const path = options.sortFields[sort.field];
  if (!path) {
    throw new ValidationError(`sort.field: "${sort.field}" is not sortable; use one of ${Object.keys(options.sortFields).join(', ')}`, {
      field: 'sort.field',
      value: sort.field,
    });
  }
  const direction: SortOrder = (sort.direction ?? 'ASC') === 'DESC' ? -1 : 1;
  const sortKey = `${sort.field}:${sort.direction ?? 'ASC'}`;
  const cmp = direction === 1 ? '$gt' : '$lt';

  const conditions: FilterQuery<T>[] = [filter];
  if (args.after) {
    const { value, id } = decodeCursor(args.after, sortKey);
    const after =
      path === '_id'
        ? { _id: { [cmp]: id } }
        : value === null
          ? // nulls sort first ascending: after a null value come the other nulls with a larger id, then every non-null
            direction === 1
            ? { $or: [{ [path]: null, _id: { [cmp]: id } }, { [path]: { $ne: null } }] }
            : { [path]: null, _id: { [cmp]: id } }
          : { $or: [{ [path]: { [cmp]: value } }, { [path]: value, _id: { [cmp]: id } }, ...(direction === -1 ? [{ [path]: null }] : [])] };
    conditions.push(after as FilterQuery<T>);
  }
  // flat where possible, so the filter's equality keys stay where an index can serve them
  const query = allOf<T>(...(conditions as Array<Record<string, unknown>>));
  const sortSpec: Record<string, SortOrder> = path === '_id' ? { _id: direction } : { [path]: direction, _id: direction };
  // an inclusion projection keeps the sort key (the cursor is made of it)
  const projection = options.projection && Object.values(options.projection).includes(1) ? { ...options.projection, [path]: 1 as const } : options.projection;
  const docs =
    limit === 0
      ? []
      : ((await model
          .find(query, projection)
          .sort(sortSpec)
          .limit(limit + 1)
          .batchSize(limit + 1)
          .lean()) as T[]);
  const hasNextPage = docs.length > limit;
  const page = docs.slice(0, limit);
  const edges = page.map((node) => {
    const record = node as unknown as Record<string, unknown>;
    return { cursor: encodeCursor(sortKey, getPath(record, path), record._id as Types.ObjectId), node };
  });
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    // exec(): a real Promise — a mongoose Query may only be awaited once, and a resolver result can be awaited more than once.
    // without a filter (and no read scope) the collection's own count (no scan); with one, a count served by the filter's index
    totalCount: () =>
      (total ??= Object.keys(filter).length || isScopedRead(model) ? model.countDocuments(filter).exec() : model.estimatedDocumentCount().exec()),
  };
}

/** Resolvers for any `XConnection` type built by `paginate` (spread into the subgraph's resolver map). */
export const connectionResolvers = {
  totalCount: (connection: Connection<unknown>) => connection.totalCount(),
};
