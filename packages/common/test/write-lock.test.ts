import mongoose, { Schema, Types } from 'mongoose';
import { connectDatabase, type DatabaseHandle } from '../src/db/connection';
import { WRITE_LOCKS_COLLECTION, withLock, withWriteLock } from '../src/db/write-lock';
import { updateIf, updateVersioned } from '../src/versioning';
import { dropDatabase, testMongoUri, uniqueDatabaseName } from '../src/testing';

interface Counter {
  _id: Types.ObjectId;
  left: number;
  taken: number;
  version: number;
}

describe('write locks: conditional updates that race, on the real engine', () => {
  const database = uniqueDatabaseName('write-lock');
  let db: DatabaseHandle;
  let Counter: mongoose.Model<Counter>;

  beforeAll(async () => {
    db = await connectDatabase(testMongoUri(), database);
    Counter = db.connection.model<Counter>('Counter', new Schema<Counter>({ left: Number, taken: Number, version: Number }));
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(database);
  });

  it('20 concurrent "take one if any is left" never take more than there is', async () => {
    const { _id } = await Counter.create({ left: 5, taken: 0, version: 1 });
    const takeOne = () =>
      withWriteLock(Counter, _id, async () => (await Counter.updateOne({ _id, left: { $gt: 0 } }, { $inc: { left: -1, taken: 1 } }).exec()).modifiedCount === 1);
    const results = await Promise.all(Array.from({ length: 20 }, takeOne));
    expect(results.filter(Boolean)).toHaveLength(5);
    expect(await Counter.findById(_id).lean()).toMatchObject({ left: 0, taken: 5 });
    expect(await db.connection.db!.collection(WRITE_LOCKS_COLLECTION).countDocuments({})).toBe(0);
  });

  it('updateIf: concurrent counters with a condition, checked under the lock, never go below zero', async () => {
    const { _id } = await Counter.create({ left: 3, taken: 0, version: 1 });
    const results = await Promise.all(Array.from({ length: 10 }, () => updateIf(Counter, _id, { left: { $gt: 0 } }, { $inc: { left: -1, taken: 1 } })));
    expect(results.filter((r) => r !== null)).toHaveLength(3);
    expect(await Counter.findById(_id).lean()).toMatchObject({ left: 0, taken: 3 });
    expect(await updateIf(Counter, new Types.ObjectId(), {}, { $inc: { left: 1 } })).toBeNull();
  });

  it('concurrent versioned writes of the same version: exactly one wins, the others get CONFLICT', async () => {
    const { _id } = await Counter.create({ left: 1, taken: 0, version: 1 });
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => updateVersioned(Counter, 'Counter', _id, 1, { $set: { taken: i } })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const codes = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { extensions: { code: string } }).extensions.code] : []));
    expect(codes).toEqual(Array(5).fill('CONFLICT'));
    expect((await Counter.findById(_id).lean())!.version).toBe(2);
  });

  it('is reentrant within one call chain and released when the work throws', async () => {
    const { _id } = await Counter.create({ left: 1, taken: 0, version: 1 });
    const inner = await withWriteLock(Counter, _id, () => updateVersioned(Counter, 'Counter', _id, 1, { $set: { taken: 1 } }));
    expect(inner.version).toBe(2);
    await expect(withWriteLock(Counter, _id, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await db.connection.db!.collection(WRITE_LOCKS_COLLECTION).countDocuments({})).toBe(0);
  });

  it('takes over the lease of a lock left behind by a crashed holder', async () => {
    const key = 'counters:crashed-holder';
    await db.connection.db!.collection(WRITE_LOCKS_COLLECTION).insertOne({ _id: key as never, owner: 'gone', expiresAt: new Date(Date.now() - 1000) });
    await expect(withLock(db.connection, key, async () => 'done')).resolves.toBe('done');
  });
});
