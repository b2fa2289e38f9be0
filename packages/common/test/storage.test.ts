import { Schema, Types, type Model } from 'mongoose';
import { connectDatabase, ensureIndexes, type DatabaseHandle } from '../src/db/connection';
import {
  allOf,
  countBy,
  CountCube,
  latestPerParent,
  latestPerParentLoader,
  latestPerParentPipeline,
  latestStrategyOf,
  setLatestStrategy,
  sumsBy,
  updateIf,
  updateVersioned,
  type LatestStrategy,
} from '../src/db/storage';
import { config } from '../src/config';
import { IllegalTransitionError } from '../src/errors';
import { distinctValuesLoader, referenceDataLoader } from '../src/loaders';
import { dropDatabase, testMongoUri, uniqueDatabaseName } from '@pecg/testing';

interface Counter {
  _id: Types.ObjectId;
  status: string;
  left: number;
  taken: number;
  version: number;
}

interface Child {
  _id: Types.ObjectId;
  parentId: Types.ObjectId;
  parentIds: Types.ObjectId[];
  tag: string;
  at: Date;
  kind: string;
}

const codeOf = (r: PromiseSettledResult<unknown>) => (r.status === 'rejected' ? (r.reason as { extensions?: { code?: string } }).extensions?.code : 'OK');

describe('storage adapter: conditional writes, statistics and latest-N on the real database', () => {
  const dbName = uniqueDatabaseName('storage');
  let db: DatabaseHandle;
  let Counter: Model<Counter>;
  let ChildModel: Model<Child>;
  const parents = Array.from({ length: 6 }, () => new Types.ObjectId());

  beforeAll(async () => {
    db = await connectDatabase(testMongoUri(), dbName);
    Counter = db.connection.model<Counter>(
      'Counter',
      new Schema<Counter>({ status: String, left: Number, taken: Number, version: Number }, { versionKey: false }),
    );
    const childSchema = new Schema<Child>(
      { parentId: Schema.Types.ObjectId, parentIds: [Schema.Types.ObjectId], tag: String, at: Date, kind: String },
      { versionKey: false },
    );
    childSchema.index({ parentId: 1, at: -1 });
    childSchema.index({ parentIds: 1, at: -1 });
    ChildModel = db.connection.model<Child>('Child', childSchema);
    await ensureIndexes(db.connection);
    // parent i has 3*i children (parent 0 none), several sharing a timestamp so the _id tie-breaker matters
    const docs: Array<Omit<Child, '_id'>> = [];
    parents.forEach((parentId, i) => {
      for (let k = 0; k < 3 * i; k++) {
        docs.push({
          parentId,
          parentIds: [parentId, parents[(i + 1) % parents.length]],
          tag: `${i}-${k}`,
          at: new Date(Date.UTC(2024, 0, 1 + (k % 4))),
          kind: k % 2 ? 'ODD' : 'EVEN',
        });
      }
    });
    await ChildModel.insertMany(docs);
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(dbName);
  });

  describe('write concern', () => {
    it('is majority with journaling by default, configurable by MONGODB_WRITE_CONCERN / MONGODB_WRITE_JOURNAL', () => {
      expect(db.connection.getClient().writeConcern).toMatchObject(config.writeConcern);
      const saved = { w: process.env.MONGODB_WRITE_CONCERN, j: process.env.MONGODB_WRITE_JOURNAL };
      try {
        delete process.env.MONGODB_WRITE_CONCERN;
        delete process.env.MONGODB_WRITE_JOURNAL;
        expect(config.writeConcern).toEqual({ w: 'majority', journal: true });
        process.env.MONGODB_WRITE_CONCERN = '2';
        process.env.MONGODB_WRITE_JOURNAL = 'false';
        expect(config.writeConcern).toEqual({ w: 2, journal: false });
        process.env.MONGODB_WRITE_CONCERN = '0';
        expect(() => config.writeConcern).toThrow('MONGODB_WRITE_CONCERN');
      } finally {
        for (const [name, value] of [
          ['MONGODB_WRITE_CONCERN', saved.w],
          ['MONGODB_WRITE_JOURNAL', saved.j],
        ] as const) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      }
    });
  });

  describe('updateVersioned', () => {
    it('16 concurrent writers of the same version: exactly one wins, the others get CONFLICT', async () => {
      const { _id } = await Counter.create({ status: 'OPEN', left: 0, taken: 0, version: 1 });
      const results = await Promise.allSettled(Array.from({ length: 16 }, (_, i) => updateVersioned(Counter, 'Counter', _id, 1, { $set: { taken: i } })));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.map(codeOf).filter((c) => c !== 'OK')).toEqual(Array(15).fill('CONFLICT'));
      expect((await Counter.findById(_id).lean())!.version).toBe(2);
    });

    it('is one round trip when it applies; a miss reads once and tells NOT_FOUND, CONFLICT and ILLEGAL_STATE_TRANSITION apart', async () => {
      const { _id } = await Counter.create({ status: 'OPEN', left: 0, taken: 0, version: 1 });
      db.roundTrips.reset();
      const updated = await updateVersioned(Counter, 'Counter', _id, 1, { $set: { status: 'CLOSED' } }, { status: { $in: ['OPEN'] } });
      expect(updated).toMatchObject({ status: 'CLOSED', version: 2 });
      expect(Object.fromEntries(db.roundTrips.byCommand)).toEqual({ findAndModify: 1 });

      db.roundTrips.reset();
      const stale = await updateVersioned(Counter, 'Counter', _id, 1, { $set: { status: 'OPEN' } }).catch((e) => e);
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, currentVersion: 2 });
      expect(stale.message).toContain('you sent version 1, the current version is 2');
      expect(db.roundTrips.total).toBe(2);

      const wrongState = await updateVersioned(Counter, 'Counter', _id, 2, { $set: { status: 'CLOSED' } }, { status: { $in: ['OPEN'] } }).catch((e) => e);
      expect(wrongState.extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', entity: 'Counter', from: 'CLOSED' });

      const explained = await updateVersioned(
        Counter,
        'Counter',
        _id,
        2,
        { $set: { status: 'CLOSED' } },
        { status: 'OPEN' },
        {
          notApplicable: (current) => {
            throw new IllegalTransitionError('Counter', _id.toHexString(), current.status, 'CLOSED', ['OPEN']);
          },
        },
      ).catch((e) => e);
      expect(explained.extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'CLOSED', to: 'CLOSED', allowed: ['OPEN'] });

      const missing = await updateVersioned(Counter, 'Counter', new Types.ObjectId(), 1, { $set: { status: 'OPEN' } }).catch((e) => e);
      expect(missing.extensions.code).toBe('NOT_FOUND');
      expect(await Counter.findById(_id).lean()).toMatchObject({ status: 'CLOSED', version: 2 });
    });
  });

  describe('updateIf', () => {
    it('concurrent guarded counters never go below zero, one round trip each', async () => {
      const { _id } = await Counter.create({ status: 'OPEN', left: 3, taken: 0, version: 1 });
      db.roundTrips.reset();
      const results = await Promise.all(Array.from({ length: 10 }, () => updateIf(Counter, _id, { left: { $gt: 0 } }, { $inc: { left: -1, taken: 1 } })));
      expect(results.filter((r) => r !== null)).toHaveLength(3);
      expect(db.roundTrips.total).toBe(10);
      expect(await Counter.findById(_id).lean()).toMatchObject({ left: 0, taken: 3 });
      expect(await updateIf(Counter, new Types.ObjectId(), {}, { $inc: { left: 1 } })).toBeNull();
    });
  });

  describe('statistics', () => {
    it('sumsBy computes every accumulator in one $group', async () => {
      db.roundTrips.reset();
      const rows = await sumsBy(ChildModel, {}, 'kind', { count: 1 });
      expect(db.roundTrips.byCommand.get('aggregate')).toBe(1);
      const all = await ChildModel.find().lean();
      expect(rows.map((r) => ({ key: r.key, count: r.count }))).toEqual(
        ['EVEN', 'ODD'].map((key) => ({ key, count: all.filter((d) => d.kind === key).length })),
      );
      const [overall] = await sumsBy(Counter, {}, null, { n: 1, left: 'left', taken: 'taken' });
      const counters = await Counter.find().lean();
      expect(overall).toEqual({
        key: null,
        n: counters.length,
        left: counters.reduce((s, c) => s + c.left, 0),
        taken: counters.reduce((s, c) => s + c.taken, 0),
      });
    });

    it('countBy groups and orders by key', async () => {
      expect((await countBy(ChildModel, { parentId: parents[1] }, 'kind')).map((r) => r.key)).toEqual(['EVEN', 'ODD']);
    });

    it('CountCube answers what countBy and countDocuments answer, the dimensions of one tick in one aggregation', async () => {
      for (const match of [{}, { kind: 'ODD' }, { parentId: parents[3] }]) {
        db.roundTrips.reset();
        const cube = new CountCube(ChildModel, match);
        const [total, byKind, byTag, byAt, evenByTag, missing] = await Promise.all([
          cube.total(),
          cube.countBy('kind'),
          cube.countBy('tag'),
          cube.countBy('at'),
          cube.countBy('tag', { kind: 'EVEN' }),
          cube.countBy('nothing'),
        ]);
        expect(db.roundTrips.byCommand.get('aggregate')).toBe(1);
        expect(total).toBe(await ChildModel.countDocuments(match));
        expect(byKind).toEqual(await countBy(ChildModel, match, 'kind'));
        expect(byTag).toEqual(await countBy(ChildModel, match, 'tag'));
        expect(byAt.map((r) => ({ ...r, key: String(r.key) }))).toEqual((await countBy(ChildModel, match, 'at')).map((r) => ({ ...r, key: String(r.key) })));
        expect(evenByTag).toEqual(await countBy(ChildModel, { $and: [match, { kind: 'EVEN' }] }, 'tag'));
        expect(missing).toEqual(await countBy(ChildModel, match, 'nothing'));
        // a dimension asked for later gets an aggregation of its own; one already counted does not
        db.roundTrips.reset();
        expect(await cube.countBy('parentId')).toEqual(await countBy(ChildModel, match, 'parentId'));
        expect(await cube.countBy('kind')).toEqual(byKind);
        expect(db.roundTrips.byCommand.get('aggregate')).toBe(2);
        const cells = await cube.cells(['kind']);
        expect(cells.reduce((s, c) => s + c.count, 0)).toBe(total);
      }
    });

    it('CountCube: a computed key { $gt: [field, null] } counts what { field: { $ne: null } } matches (missing, null and values)', async () => {
      const Sparse = db.connection.model<{ _id: Types.ObjectId; at?: Date | null; n?: number | null }>(
        'Sparse',
        new Schema({ at: Date, n: Number }, { versionKey: false }),
      );
      await Sparse.collection.insertMany([
        {},
        { at: null },
        { at: new Date() },
        { at: new Date(0) },
        { n: 0 },
        { n: null },
        { n: -5 },
        { at: new Date(), n: 3 },
      ]);
      const cube = new CountCube(Sparse, {}, { hasAt: { $gt: ['$at', null] }, hasN: { $gt: ['$n', null] } });
      const [byAt, byN] = await Promise.all([cube.countBy('hasAt'), cube.countBy('hasN')]);
      const count = (rows: Array<{ key: unknown; count: number }>) => rows.find((r) => r.key === true)?.count ?? 0;
      expect(count(byAt)).toBe(await Sparse.countDocuments({ at: { $ne: null } }));
      expect(count(byN)).toBe(await Sparse.countDocuments({ n: { $ne: null } }));
      expect(count(byAt) + (byAt.find((r) => (r.key as unknown) === false)?.count ?? 0)).toBe(8);
    });
  });

  describe('filters and shared loaders', () => {
    it('allOf keeps conditions flat unless a field repeats', () => {
      expect(allOf({ category: 'A' }, { status: 'ACTIVE' }, undefined, { name: undefined })).toEqual({ category: 'A', status: 'ACTIVE' });
      expect(allOf({ _id: { $in: [1, 2] } }, { _id: 2, kind: 'X' }, { $and: [{ a: 1 }] })).toEqual({
        _id: { $in: [1, 2] },
        kind: 'X',
        $and: [{ _id: 2 }, { a: 1 }],
      });
    });

    it('a reference-data loader shares found documents between requests; a distinct-values loader groups in the database', async () => {
      const first = referenceDataLoader(ChildModel);
      const some = await ChildModel.findOne({ parentId: parents[2] }).lean();
      expect((await first.load(some!._id.toHexString()))!.tag).toBe(some!.tag);
      db.roundTrips.reset();
      const second = referenceDataLoader(ChildModel);
      expect((await second.load(some!._id.toHexString().toUpperCase()))!.tag).toBe(some!.tag);
      expect(await second.load(new Types.ObjectId().toHexString())).toBeNull();
      expect(Object.fromEntries(db.roundTrips.byCommand)).toEqual({ find: 1 });

      const kinds = distinctValuesLoader(ChildModel, 'parentId', 'kind');
      db.roundTrips.reset();
      const [two, none] = await Promise.all([kinds.load(parents[2].toHexString()), kinds.load(parents[0].toHexString())]);
      expect(two.sort()).toEqual(['EVEN', 'ODD']);
      expect(none).toEqual([]);
      expect(Object.fromEntries(db.roundTrips.byCommand)).toEqual({ aggregate: 1 });
    });
  });

  describe('latest N per parent', () => {
    const expected = (all: Child[], key: Types.ObjectId, n: number, field: 'parentId' | 'parentIds', where: (c: Child) => boolean = () => true) =>
      all
        .filter((c) => (field === 'parentId' ? c.parentId.equals(key) : c.parentIds.some((p) => p.equals(key))) && where(c))
        .sort((a, b) => b.at.getTime() - a.at.getTime() || (b._id.toHexString() > a._id.toHexString() ? 1 : -1))
        .slice(0, n)
        .map((c) => c.tag);

    async function strategiesToTry(): Promise<LatestStrategy[]> {
      // both strategies where the server has $topN (MongoDB 5.2+), the portable one everywhere
      return (await latestStrategyOf(db.connection)) === 'topN' ? ['topN', 'pushSlice'] : ['pushSlice'];
    }

    it('returns at most N per parent in sort order, with either strategy, for scalar and array parent fields', async () => {
      const all = (await ChildModel.find().lean()) as Child[];
      const keys = parents.map((p) => p.toHexString());
      for (const strategy of await strategiesToTry()) {
        for (const n of [1, 4, 100]) {
          const scalar = await latestPerParent(ChildModel, 'parentId', keys, n, { sort: { at: -1 }, strategy });
          const multi = await latestPerParent(ChildModel, 'parentIds', keys, n, { sort: { at: -1 }, strategy });
          const filtered = await latestPerParent(ChildModel, 'parentId', keys, n, {
            sort: { at: -1 },
            where: { kind: 'ODD' },
            projection: { tag: 1 },
            strategy,
          });
          for (const p of parents) {
            expect((scalar.get(p.toHexString()) ?? []).map((c) => c.tag)).toEqual(expected(all, p, n, 'parentId'));
            expect((multi.get(p.toHexString()) ?? []).map((c) => c.tag)).toEqual(expected(all, p, n, 'parentIds'));
            expect((filtered.get(p.toHexString()) ?? []).map((c) => c.tag)).toEqual(expected(all, p, n, 'parentId', (c) => c.kind === 'ODD'));
          }
          for (const doc of multi.values()) for (const c of doc) expect(Object.keys(c)).not.toContain('__parentKey');
          for (const doc of filtered.values()) for (const c of doc) expect(c.kind).toBeUndefined();
        }
      }
    });

    it('builds a pipeline that starts with the parent $match and ends with $topN or $push/$slice', () => {
      const keys = [parents[0]];
      const push = latestPerParentPipeline({ parentField: 'parentId', keys, n: 5, sort: { at: -1 }, strategy: 'pushSlice' });
      expect(push[0]).toEqual({ $match: { parentId: { $in: keys } } });
      expect(push.slice(1)).toEqual([
        { $sort: { parentId: 1, at: -1, _id: -1 } },
        { $group: { _id: '$parentId', docs: { $push: '$$ROOT' } } },
        { $project: { docs: { $slice: ['$docs', 5] } } },
      ]);
      const top = latestPerParentPipeline({ parentField: 'parentId', keys, n: 5, sort: { at: -1 }, strategy: 'topN' });
      expect(top.slice(1)).toEqual([{ $group: { _id: '$parentId', docs: { $topN: { n: 5, sortBy: { at: -1, _id: -1 }, output: '$$ROOT' } } } }]);
    });

    it('a loader answers every parent of a request with one aggregation, keyed by parent and N', async () => {
      const all = (await ChildModel.find().lean()) as Child[];
      const loader = latestPerParentLoader(ChildModel, 'parentId', { sort: { at: -1 } });
      db.roundTrips.reset();
      const [a, b, c, d] = await Promise.all([
        loader.load(parents[3].toHexString(), 2),
        loader.load(parents[3].toHexString(), 5),
        loader.load(parents[5].toHexString().toUpperCase(), 5),
        loader.load(parents[0].toHexString(), 5),
      ]);
      expect(Object.fromEntries(db.roundTrips.byCommand)).toEqual({ aggregate: 1 });
      expect(a.map((x) => x.tag)).toEqual(expected(all, parents[3], 2, 'parentId'));
      expect(b.map((x) => x.tag)).toEqual(expected(all, parents[3], 5, 'parentId'));
      expect(c.map((x) => x.tag)).toEqual(expected(all, parents[5], 5, 'parentId'));
      expect(d).toEqual([]);
    });

    it('the strategy can be forced per connection and detected again', async () => {
      const detected = await latestStrategyOf(db.connection);
      setLatestStrategy(db.connection, 'pushSlice');
      expect(await latestStrategyOf(db.connection)).toBe('pushSlice');
      setLatestStrategy(db.connection, undefined);
      expect(await latestStrategyOf(db.connection)).toBe(detected);
    });
  });
});
