import { Schema, Types, type Model } from 'mongoose';
import { dropDatabase, testMongoUri, uniqueDatabaseName } from '@pecg/testing';
import { connectDatabase, type DatabaseHandle } from '../src/db/connection';
import { byIdLoader, byUniqueFieldLoader, countLoader, distinctValuesLoader, groupLoader, referenceDataLoader } from '../src/loaders';

/**
 * The per-request loaders on the real database: what each answers, and how many commands it sends
 * (the driver's command monitoring, `DatabaseHandle.roundTrips`) — one per batch of keys.
 */
interface Doc {
  _id: Types.ObjectId;
  name: string;
  code: string;
}
interface Child {
  _id: Types.ObjectId;
  parentId: Types.ObjectId;
  parentIds: Types.ObjectId[];
  code: string;
  status: string;
  rank: number;
  activityId: Types.ObjectId;
}

const oid = (n: number) => new Types.ObjectId(n.toString(16).padStart(24, '0'));
const hex = (n: number) => oid(n).toHexString();

describe('DataLoaders on the real database', () => {
  const dbName = uniqueDatabaseName('loaders');
  let db: DatabaseHandle;
  let Docs: Model<Doc>;
  let Children: Model<Child>;
  /** Commands the database received while `fn` ran. */
  const commands = async <T>(fn: () => Promise<T>): Promise<{ result: T; sent: number; byCommand: Record<string, number> }> => {
    db.roundTrips.reset();
    const result = await fn();
    return { result, sent: db.roundTrips.total, byCommand: Object.fromEntries(db.roundTrips.byCommand) };
  };

  beforeAll(async () => {
    db = await connectDatabase(testMongoUri(), dbName);
    Docs = db.connection.model<Doc>('Doc', new Schema<Doc>({ name: String, code: String }, { versionKey: false }));
    const childSchema = new Schema<Child>(
      { parentId: Schema.Types.ObjectId, parentIds: [Schema.Types.ObjectId], code: String, status: String, rank: Number, activityId: Schema.Types.ObjectId },
      { versionKey: false },
    );
    childSchema.index({ parentId: 1 });
    Children = db.connection.model<Child>('Child', childSchema);
    await Docs.insertMany([
      { _id: oid(1), name: 'one', code: 'A' },
      { _id: oid(2), name: 'two', code: 'B' },
      { _id: oid(0xabc), name: 'abc', code: 'C' },
    ]);
    await Children.insertMany([
      { _id: oid(101), parentId: oid(1), parentIds: [oid(1), oid(2)], code: 'm1', status: 'OPEN', rank: 1, activityId: oid(7) },
      { _id: oid(102), parentId: oid(2), parentIds: [oid(2)], code: 'm2', status: 'OPEN', rank: 2, activityId: oid(7) },
      { _id: oid(103), parentId: oid(1), parentIds: [oid(1)], code: 'm1', status: 'CLOSED', rank: 3, activityId: oid(8) },
      { _id: oid(104), parentId: oid(1), parentIds: [], code: 'm3', status: 'OPEN', rank: 4, activityId: oid(8) },
    ]);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    await dropDatabase(dbName);
  });

  it('byIdLoader: the keys of one tick in one find, answered in key order, null for a missing document, upper-case hex matched', async () => {
    const loader = byIdLoader(Docs, { name: 1 });
    const { result, sent, byCommand } = await commands(() =>
      Promise.all([loader.load(hex(1)), loader.load(hex(3)), loader.load(hex(0xabc).toUpperCase()), loader.load(hex(2))]),
    );
    expect(result.map((d) => d?.name ?? null)).toEqual(['one', null, 'abc', 'two']);
    expect(result[0]).not.toHaveProperty('code'); // the projection reached the database
    expect({ sent, byCommand }).toEqual({ sent: 1, byCommand: { find: 1 } });
    // cached per loader: the same key again costs nothing
    expect((await commands(() => loader.load(hex(1)))).sent).toBe(0);
  });

  it('byIdLoader: an id that is not an ObjectId is null without asking the database', async () => {
    const loader = byIdLoader(Docs);
    const { result, sent } = await commands(() => Promise.all([loader.load('not-an-id'), loader.load('zzzzzzzzzzzzzzzzzzzzzzzz')]));
    expect(result).toEqual([null, null]);
    expect(sent).toBe(0);
  });

  it('byUniqueFieldLoader: by a field value in one find, null for a value no document has', async () => {
    const loader = byUniqueFieldLoader(Docs, 'code');
    const { result, sent } = await commands(() => loader.loadMany(['A', 'Z', 'B']));
    expect(result.map((d) => (d instanceof Error || !d ? d : d.name))).toEqual(['one', null, 'two']);
    expect(sent).toBe(1);
  });

  it('groupLoader: children per parent with the condition and order given, [] for a parent without any, one find', async () => {
    const loader = groupLoader(Children, 'parentId', { where: { status: 'OPEN' }, sort: { rank: -1 } });
    const { result, sent } = await commands(() => loader.loadMany([hex(1), hex(2), hex(9)]));
    expect(result.map((g) => (g as Child[]).map((c) => c.rank))).toEqual([[4, 1], [2], []]);
    expect(sent).toBe(1);
  });

  it('groupLoader: a document whose field is an array is in the group of each value; string keys taken as they are', async () => {
    const byArray = groupLoader(Children, 'parentIds', { sort: { rank: 1 } });
    expect((await byArray.loadMany([hex(1), hex(2)])).map((g) => (g as Child[]).map((c) => c.rank))).toEqual([
      [1, 3],
      [1, 2],
    ]);
    const byCode = groupLoader(Children, 'code', { objectIdKeys: false, sort: { rank: 1 } });
    expect((await byCode.loadMany(['m1', 'M1'])).map((g) => (g as Child[]).map((c) => c.rank))).toEqual([[1, 3], []]);
  });

  it('countLoader: counts per key in one aggregation, 0 for a key without documents', async () => {
    const loader = countLoader(Children, 'parentId', { where: { status: 'OPEN' } });
    const { result, byCommand } = await commands(() => loader.loadMany([hex(1), hex(2), hex(9)]));
    expect(result).toEqual([2, 1, 0]);
    expect(byCommand).toEqual({ aggregate: 1 });
  });

  it('distinctValuesLoader: the distinct values per key as strings, [] for a key without documents', async () => {
    const loader = distinctValuesLoader(Children, 'parentId', 'activityId');
    const { result, sent } = await commands(() => loader.loadMany([hex(1), hex(2), hex(9)]));
    expect(result.map((v) => [...(v as string[])].sort())).toEqual([[hex(7), hex(8)], [hex(7)], []]);
    expect(sent).toBe(1);
  });

  it('referenceDataLoader: found documents shared across requests without a read; missing ids always asked again', async () => {
    const first = referenceDataLoader(Docs, 60_000);
    const { result, sent } = await commands(() => first.loadMany([hex(2), hex(5)]));
    expect(result.map((d) => (d instanceof Error || !d ? d : d.name))).toEqual(['two', null]);
    expect(sent).toBe(1);
    // another request (a new loader) within the time to live
    expect(await commands(() => referenceDataLoader(Docs, 60_000).load(hex(2)))).toMatchObject({ sent: 0, result: { name: 'two' } });
    expect(await commands(() => referenceDataLoader(Docs, 60_000).load(hex(5)))).toMatchObject({ sent: 1, result: null });
    // a document cached with a time to live of 0 is read again by the next request
    expect((await commands(() => referenceDataLoader(Docs, 0).load(hex(1)))).sent).toBe(1);
    expect((await commands(() => referenceDataLoader(Docs, 0).load(hex(1)))).sent).toBe(1);
  });
});
