import type { Model } from 'mongoose';
import { Types } from 'mongoose';
import { connectionResolvers, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, MAX_PAGE_SIZE, pageSize, paginate, type Connection } from '../../src/pagination';
import { ValidationError } from '../../src/errors';

/** The error `fn` throws (fails the test when it throws nothing). */
function thrown(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    return error as ValidationError;
  }
  throw new Error('expected an error');
}

const ID = new Types.ObjectId('65a1b2c3d4e5f60718293a4b');

describe('cursors', () => {
  it.each([
    ['a string', 'NAME:ASC', '张三'],
    ['a number', 'SCORE:DESC', 42],
    ['zero', 'SCORE:ASC', 0],
    ['a boolean', 'ACTIVE:ASC', false],
    ['null', 'SCORE:ASC', null],
  ])('round-trips %s with its _id tie-breaker', (_name, sortKey, value) => {
    const { value: decoded, id } = decodeCursor(encodeCursor(sortKey, value, ID), sortKey);
    expect(decoded).toBe(value);
    expect(id).toBeInstanceOf(Types.ObjectId);
    expect(id.equals(ID)).toBe(true);
  });

  it('round-trips dates and ObjectIds as their own types, and a missing value as null', () => {
    const at = new Date('2024-03-05T01:02:03.456Z');
    const date = decodeCursor(encodeCursor('REPORTED_AT:DESC', at, ID.toHexString()), 'REPORTED_AT:DESC');
    expect(date.value).toBeInstanceOf(Date);
    expect((date.value as Date).toISOString()).toBe(at.toISOString());
    const other = new Types.ObjectId();
    const oid = decodeCursor(encodeCursor('ENTERPRISE:ASC', other, ID), 'ENTERPRISE:ASC');
    expect(oid.value).toBeInstanceOf(Types.ObjectId);
    expect(String(oid.value)).toBe(other.toHexString());
    expect(decodeCursor(encodeCursor('SCORE:ASC', undefined, ID), 'SCORE:ASC').value).toBeNull();
  });

  it('is opaque: URL-safe base64 with no padding', () => {
    const cursor = encodeCursor('NAME:ASC', '/?+=&', ID);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuses a cursor of a differently sorted list, naming the field `after` and both sorts', () => {
    const cursor = encodeCursor('NAME:ASC', 'x', ID);
    const error = thrown(() => decodeCursor(cursor, 'NAME:DESC'));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe(`after: the cursor "${cursor}" belongs to a list sorted by NAME:ASC, not by NAME:DESC`);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after', value: cursor });
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['empty', ''],
    ['JSON that is not a cursor', Buffer.from('{"a":1}').toString('base64url')],
    ['a cursor with a bad id', Buffer.from(JSON.stringify(['NAME:ASC', 'x', 'zzz'])).toString('base64url')],
    ['a cursor with a query operator as its value', Buffer.from(JSON.stringify(['NAME:ASC', { $ne: null }, ID.toHexString()])).toString('base64url')],
    ['a cursor with extra elements', Buffer.from(JSON.stringify(['NAME:ASC', 'x', ID.toHexString(), 'more'])).toString('base64url')],
  ])('refuses %s with BAD_USER_INPUT on `after`, not an internal error', (_name, cursor) => {
    const error = thrown(() => decodeCursor(cursor, 'NAME:ASC'));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe(`after: "${cursor}" is not a cursor returned by this list`);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after', value: cursor });
  });
});

describe('page size', () => {
  it('defaults when `first` is not given and accepts 1 to the maximum', () => {
    expect(pageSize(undefined)).toBe(DEFAULT_PAGE_SIZE);
    expect(pageSize(null)).toBe(20);
    expect(pageSize(1)).toBe(1);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(100);
    expect(pageSize(null, 50, 5)).toBe(5);
    expect(pageSize(50, 50, 5)).toBe(50);
  });

  it.each([101, 0, -1, 2.5, Number.NaN])('refuses first: %p, naming the field and the allowed range', (first) => {
    const error = thrown(() => pageSize(first));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe(`first: must be an integer from 1 to 100 (got ${first})`);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('applies a list-specific maximum', () => {
    expect(thrown(() => pageSize(11, 10)).message).toBe('first: must be an integer from 1 to 10 (got 11)');
  });
});

describe('paginate: argument errors before any query', () => {
  // Every call below must fail before the model is touched: a query would throw a TypeError here.
  const model = {} as unknown as Model<{ name: string }>;
  const options = { sortFields: { NAME: 'name', CREATED: 'createdAt' }, defaultSort: { field: 'NAME' as const } };

  it('refuses an unknown sort field, listing the sortable ones', async () => {
    const error = await paginate(model, {}, { sort: { field: 'SCORE' as 'NAME' } }, options).then(
      () => {
        throw new Error('expected a rejection');
      },
      (e: unknown) => e as ValidationError,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe('sort.field: "SCORE" is not sortable; use one of NAME, CREATED');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'sort.field', value: 'SCORE' });
  });

  it('refuses a page size over the list maximum', async () => {
    await expect(paginate(model, {}, { first: 11 }, { ...options, maxPageSize: 10 })).rejects.toThrow('first: must be an integer from 1 to 10 (got 11)');
  });

  it('refuses a cursor made for the default sort when another direction is asked for', async () => {
    const cursor = encodeCursor('NAME:ASC', 'a', ID);
    await expect(paginate(model, {}, { after: cursor, sort: { field: 'NAME', direction: 'DESC' } }, options)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
  });

  it.each([0, -1, 101, 2.5])('refuses first: %p naming the field (the contract: 1 to 100, default 20)', async (first) => {
    await expect(paginate(model, {}, { first }, options)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first', value: first } });
  });
});

describe('connectionResolvers', () => {
  it('resolves totalCount through the connection (lazily)', async () => {
    const totalCount = jest.fn(async () => 7);
    const connection: Connection<unknown> = {
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      totalCount,
    };
    expect(totalCount).not.toHaveBeenCalled();
    await expect(connectionResolvers.totalCount(connection)).resolves.toBe(7);
    expect(totalCount).toHaveBeenCalledTimes(1);
  });
});
