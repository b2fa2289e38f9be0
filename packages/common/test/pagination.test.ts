import { Schema } from 'mongoose';
import { connectDatabase, ensureIndexes, type DatabaseHandle } from '../src/db/connection';
import { paginate } from '../src/pagination';
import { monthKey } from '../src/stats';
import { countBy } from '../src/db/storage';
import { ValidationError } from '../src/errors';
import { dropDatabase, testMongoUri, uniqueDatabaseName } from '@pecg/testing';

interface Row {
  _id: import('mongoose').Types.ObjectId;
  name: string;
  score: number | null;
  month: string;
}

describe('cursor pagination and statistics on the real database', () => {
  const dbName = uniqueDatabaseName('pagination');
  let db: DatabaseHandle;
  let Model: import('mongoose').Model<Row>;

  beforeAll(async () => {
    db = await connectDatabase(testMongoUri(), dbName);
    const schema = new Schema<Row>({ name: String, score: { type: Number, default: null }, month: String }, { versionKey: false });
    schema.index({ score: 1, _id: 1 });
    Model = db.connection.model<Row>('Row', schema);
    await ensureIndexes(db.connection);
    // 25 rows with many equal scores (and some nulls) so the _id tie-breaker matters.
    await Model.insertMany(
      Array.from({ length: 25 }, (_, i) => ({ name: `row-${i}`, score: i % 5 === 0 ? null : i % 3, month: monthKey(new Date(Date.UTC(2024, i % 4, 15))) })),
    );
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(dbName);
  });

  const options = { sortFields: { SCORE: 'score', NAME: 'name' }, defaultSort: { field: 'NAME' as const } };

  async function walk(direction: 'ASC' | 'DESC', first: number) {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Awaited<ReturnType<typeof paginate<Row, 'SCORE' | 'NAME'>>> = await paginate(
        Model,
        {},
        { first, after, sort: { field: 'SCORE', direction } },
        options,
      );
      seen.push(...page.edges.map((e) => e.node.name));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { seen, pages };
  }

  it.each(['ASC', 'DESC'] as const)('visits every row exactly once when sorting %s by a field with ties and nulls', async (direction) => {
    const { seen, pages } = await walk(direction, 4);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect(pages).toBe(7);
  });

  it('counts the total lazily and rejects a page size over the maximum', async () => {
    const page = await paginate(Model, { score: 1 }, { first: 2 }, options);
    await expect(page.totalCount()).resolves.toBe(7);
    await expect(paginate(Model, {}, { first: 101 }, options)).rejects.toThrow(/first: must be an integer from 1 to 100 \(got 101\)/);
  });

  it('rejects a cursor from a differently sorted list with BAD_USER_INPUT', async () => {
    const page = await paginate(Model, {}, { first: 2 }, options);
    const error = await paginate(Model, {}, { first: 2, after: page.pageInfo.endCursor, sort: { field: 'SCORE' } }, options).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['an operator object as the sort value', ['NAME:ASC', { $regex: '^A' }, '000000000000000000000000']],
    ['a nested operator in a date wrapper', ['NAME:ASC', { $date: { $gt: '' } }, '000000000000000000000000']],
    ['an array as the sort value', ['NAME:ASC', ['a', 'b'], '000000000000000000000000']],
    ['an object id that is not one', ['NAME:ASC', 'row-1', { $ne: null }]],
    ['extra elements', ['NAME:ASC', 'row-1', '000000000000000000000000', { $where: '1' }]],
    ['a non-finite number', '["SCORE:ASC",1e999,"000000000000000000000000"]'],
  ])('rejects a forged cursor holding %s with BAD_USER_INPUT naming `after`, before any query', async (_what, payload) => {
    const json = typeof payload === 'string' ? payload : JSON.stringify(payload);
    const forged = Buffer.from(json).toString('base64url');
    const sort = { field: (JSON.parse(json.replace('1e999', '0'))[0] as string).split(':')[0] as 'NAME' | 'SCORE' };
    const error = await paginate(Model, {}, { first: 2, after: forged, sort }, options).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after', value: forged });
    expect(error.message).toMatch(/^after: /);
  });

  it('accepts its own cursors for every kind of sort value (string, number, null, date, id)', async () => {
    for (const field of ['NAME', 'SCORE'] as const) {
      const first = await paginate(Model, {}, { first: 6, sort: { field } }, options);
      const next = await paginate(Model, {}, { first: 6, after: first.pageInfo.endCursor, sort: { field } }, options);
      expect(next.edges.length).toBeGreaterThan(0);
    }
  });

  it('groups counts in the database', async () => {
    const rows = await countBy(Model, {}, 'month');
    expect(rows).toEqual([
      { key: '2024-01', count: 7 },
      { key: '2024-02', count: 6 },
      { key: '2024-03', count: 6 },
      { key: '2024-04', count: 6 },
    ]);
  });
});
