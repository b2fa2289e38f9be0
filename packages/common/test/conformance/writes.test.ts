import { MongoBulkWriteError, ObjectId, type MongoServerError } from 'mongodb';
import mongoose, { Schema } from 'mongoose';
import { insertInBatches } from '@pecg/demo';
import { testMongoUri } from '@pecg/testing';
import { race, useConformanceDatabase } from './fixture';

/**
 * Engine conformance: the write semantics the storage adapter relies on. A conditional update is one
 * atomic findOneAndUpdate on { _id, version, ...condition } — no lock documents — so the engine must
 * apply a matching update to exactly one of any number of concurrent writers.
 */
describe('engine conformance: atomic conditional writes', () => {
  const t = useConformanceDatabase('writes');

  it('16 concurrent findOneAndUpdate({ _id, version: n }) have exactly one winner, round after round', async () => {
    const things = t.db.collection<{ _id: ObjectId; owner: number | null; version: number; wins: number }>('things');
    const _id = new ObjectId();
    await things.insertOne({ _id, owner: null, version: 1, wins: 0 });
    for (let round = 1; round <= 6; round++) {
      const results = await race(16, (i) =>
        things.findOneAndUpdate({ _id, version: round }, { $set: { owner: i }, $inc: { version: 1, wins: 1 } }, { returnDocument: 'after' }),
      );
      expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
      const winners = results.flatMap((r, i) => (r.status === 'fulfilled' && r.value ? [{ i, doc: r.value }] : []));
      expect(winners).toHaveLength(1);
      expect(winners[0].doc).toEqual({ _id, owner: winners[0].i, version: round + 1, wins: round });
      expect(await things.findOne({ _id })).toEqual(winners[0].doc);
    }
  });

  it('the same race through mongoose (findOneAndUpdate … { new: true }) has exactly one winner', async () => {
    const connection = await mongoose.createConnection(testMongoUri(), { dbName: t.dbName, autoIndex: false, autoCreate: false }).asPromise();
    try {
      const Thing = connection.model('Thing', new Schema({ owner: Number, version: Number }, { versionKey: false }));
      const { _id } = await Thing.create({ owner: -1, version: 7 });
      const results = await race(16, (i) =>
        Thing.findOneAndUpdate({ _id, version: 7 }, { $set: { owner: i }, $inc: { version: 1 } }, { new: true })
          .lean()
          .exec(),
      );
      const winners = results.filter((r) => r.status === 'fulfilled' && r.value !== null);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      expect(await Thing.findById(_id).lean()).toMatchObject({ version: 8 });
    } finally {
      await connection.close();
    }
  });

  it('a guarded counter ({ seatsLeft: { $gt: 0 } } + $inc -1): 12 racers for 5 seats → exactly 5 winners, 0 left', async () => {
    const activities = t.db.collection<{ _id: ObjectId; seatsLeft: number; taken: number }>('activities');
    const _id = new ObjectId();
    await activities.insertOne({ _id, seatsLeft: 5, taken: 0 });
    const results = await race(12, () =>
      activities.findOneAndUpdate({ _id, seatsLeft: { $gt: 0 } }, { $inc: { seatsLeft: -1, taken: 1 } }, { returnDocument: 'after' }),
    );
    expect(results.filter((r) => r.status === 'fulfilled' && r.value !== null)).toHaveLength(5);
    expect(await activities.findOne({ _id })).toEqual({ _id, seatsLeft: 0, taken: 5 });
    // the same guard through updateOne: 5 more seats, 12 more racers, 5 modified
    await activities.updateOne({ _id }, { $set: { seatsLeft: 5 } });
    const updates = await race(12, () => activities.updateOne({ _id, seatsLeft: { $gt: 0 } }, { $inc: { seatsLeft: -1, taken: 1 } }));
    expect(updates.filter((r) => r.status === 'fulfilled' && r.value.modifiedCount === 1)).toHaveLength(5);
    expect(await activities.findOne({ _id })).toEqual({ _id, seatsLeft: 0, taken: 10 });
  });

  it('the document findOneAndUpdate returns ("after") is the result of that very update, also under concurrency', async () => {
    // e.g. "seats left after my registration": each winner must see its own decrement, not a later one
    const counters = t.db.collection<{ _id: ObjectId; n: number; seatsLeft: number }>('counters');
    for (let round = 0; round < 8; round++) {
      const _id = new ObjectId();
      await counters.insertOne({ _id, n: 0, seatsLeft: 5 });
      const increments = await race(16, () => counters.findOneAndUpdate({ _id }, { $inc: { n: 1 } }, { returnDocument: 'after' }));
      expect(increments.map((r) => (r.status === 'fulfilled' ? r.value?.n : r.reason)).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 16 }, (_, i) => i + 1),
      );
      const seats = await race(12, () => counters.findOneAndUpdate({ _id, seatsLeft: { $gt: 0 } }, { $inc: { seatsLeft: -1 } }, { returnDocument: 'after' }));
      expect(seats.flatMap((r) => (r.status === 'fulfilled' && r.value ? [r.value.seatsLeft] : [])).sort()).toEqual([0, 1, 2, 3, 4]);
      const before = await race(8, () => counters.findOneAndUpdate({ _id }, { $inc: { n: 1 } }, { returnDocument: 'before' }));
      expect(before.map((r) => (r.status === 'fulfilled' ? r.value?.n : r.reason)).sort((a, b) => a - b)).toEqual(Array.from({ length: 8 }, (_, i) => i + 16));
    }
  });

  it('findOneAndUpdate with upsert and returnDocument "after": inserts with $setOnInsert, then updates without it', async () => {
    const marks = t.db.collection<{ _id: ObjectId; enterpriseId: ObjectId; active: boolean; createdBy?: string; touched: number }>('marks');
    await marks.createIndex({ enterpriseId: 1 }, { unique: true });
    const enterpriseId = new ObjectId();
    const upsert = (by: string) =>
      marks.findOneAndUpdate(
        { enterpriseId },
        { $set: { active: true }, $inc: { touched: 1 }, $setOnInsert: { createdBy: by } },
        { upsert: true, returnDocument: 'after' },
      );
    const first = await upsert('first');
    expect(first).toMatchObject({ enterpriseId, active: true, touched: 1, createdBy: 'first' });
    expect(first!._id).toBeInstanceOf(ObjectId);
    const second = await upsert('second');
    expect(second).toEqual({ ...first, touched: 2 });
    expect(await marks.countDocuments({ enterpriseId })).toBe(1);
  });

  it('concurrent upserts on a uniquely indexed key leave one document (losers match it or get 11000)', async () => {
    const cases = t.db.collection('supervision_cases');
    await cases.createIndex({ triggerKey: 1 }, { unique: true });
    const results = await race(8, (i) => cases.updateOne({ triggerKey: 'OVERDUE:app-1' }, { $setOnInsert: { opener: i } }, { upsert: true }));
    const upserted = results.filter((r) => r.status === 'fulfilled' && r.value.upsertedCount === 1);
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as MongoServerError).code] : []));
    expect(upserted).toHaveLength(1);
    expect(failures.every((code) => code === 11000)).toBe(true);
    expect(await cases.countDocuments({})).toBe(1);
  });

  it('updateMany with a condition modifies exactly the matching documents', async () => {
    const applications = t.db.collection('applications');
    const past = new Date('2024-03-01T00:00:00Z');
    const future = new Date('2099-01-01T00:00:00Z');
    await applications.insertMany([
      { status: 'SUBMITTED', dueDate: past },
      { status: 'SUBMITTED', dueDate: future },
      { status: 'SUBMITTED', dueDate: past },
      { status: 'ACCEPTED', dueDate: past },
    ]);
    const result = await applications.updateMany({ status: 'SUBMITTED', dueDate: { $lt: new Date() } }, { $set: { overdue: true }, $inc: { version: 1 } });
    expect(result).toMatchObject({ matchedCount: 2, modifiedCount: 2 });
    expect(await applications.countDocuments({ overdue: true, version: 1, status: 'SUBMITTED', dueDate: past })).toBe(2);
    expect(await applications.countDocuments({ overdue: { $exists: true } })).toBe(2);
  });

  it('insertMany unordered with duplicates: the duplicates fail with 11000 at their index, the rest are inserted', async () => {
    const venues = t.db.collection<{ _id: number; name: string }>('venues');
    await venues.createIndex({ name: 1 }, { unique: true });
    await venues.insertOne({ _id: 1, name: '党群服务中心' });
    const batch = [
      { _id: 1, name: 'duplicate _id' },
      { _id: 2, name: '警企议事室' },
      { _id: 3, name: '党群服务中心' },
      { _id: 4, name: '调解室' },
      { _id: 2, name: 'duplicate _id within the batch' },
    ];
    const error = await venues.insertMany(batch, { ordered: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MongoBulkWriteError);
    const writeErrors = [(error as MongoBulkWriteError).writeErrors].flat();
    expect(writeErrors.map((w) => [w.index, w.code]).sort()).toEqual([
      [0, 11000],
      [2, 11000],
      [4, 11000],
    ]);
    // (insertedCount is not pinned: the embedded engine reports the whole batch; bulk.ts counts from writeErrors)
    expect((await venues.find({}).sort({ _id: 1 }).toArray()).map((v) => v._id)).toEqual([1, 2, 4]);
  });

  it('insertInBatches (mongoose insertMany, unordered) skips documents already present and counts the rest', async () => {
    const connection = await mongoose.createConnection(testMongoUri(), { dbName: t.dbName, autoIndex: false, autoCreate: false }).asPromise();
    try {
      const Item = connection.model('Item', new Schema({ _id: Number, code: String }, { versionKey: false }));
      const docs = Array.from({ length: 25 }, (_, i) => ({ _id: i, code: `item-${i}` }));
      expect(await insertInBatches(Item, docs.slice(0, 10), 4)).toBe(10);
      expect(await insertInBatches(Item, docs, 7)).toBe(15);
      expect(await insertInBatches(Item, docs, 7)).toBe(0);
      expect(await Item.countDocuments({})).toBe(25);
    } finally {
      await connection.close();
    }
  });

  it('accepts write concern { w: "majority", j: true }', async () => {
    const things = t.db.collection('durable', { writeConcern: { w: 'majority', journal: true } });
    const result = await things.insertOne({ at: new Date() });
    expect(result.acknowledged).toBe(true);
    expect((await things.updateOne({ _id: result.insertedId }, { $set: { done: true } })).modifiedCount).toBe(1);
  });
});
