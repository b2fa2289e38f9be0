import { ObjectId, type IndexDescription, type MongoServerError } from 'mongodb';
import { Schema } from 'mongoose';
import { connectDatabase, ensureIndexes, isDuplicateKeyError } from '../../src/db/connection';
import { testMongoUri } from '@pecg/testing';
import { race, useConformanceDatabase } from './fixture';

const code = (error: unknown) => (error as MongoServerError).code;

/**
 * Engine conformance: unique and partial unique indexes. Two-step changes (replacing the 一企一警
 * officer, clearing a credit mark) rely on them instead of locks: the index refuses the second
 * active document, so a racing or repeated step fails with 11000 rather than corrupting data.
 */
describe('engine conformance: unique indexes', () => {
  const t = useConformanceDatabase('indexes');

  it('a unique index refuses a duplicate with code 11000, on insert and on an update that changes the key', async () => {
    const enterprises = t.db.collection('enterprises');
    await enterprises.createIndex({ creditCode: 1 }, { unique: true });
    await enterprises.insertMany([{ creditCode: '91330100MA2AAAAA01' }, { creditCode: '91330100MA2AAAAA02' }]);
    const insert = await enterprises.insertOne({ creditCode: '91330100MA2AAAAA01' }).catch((e: unknown) => e);
    expect(code(insert)).toBe(11000);
    expect(isDuplicateKeyError(insert)).toBe(true);
    const update = await enterprises.updateOne({ creditCode: '91330100MA2AAAAA02' }, { $set: { creditCode: '91330100MA2AAAAA01' } }).catch((e: unknown) => e);
    expect(code(update)).toBe(11000);
    expect(await enterprises.countDocuments({})).toBe(2);
    expect(await enterprises.countDocuments({ creditCode: '91330100MA2AAAAA02' })).toBe(1);
  });

  it('a compound unique index refuses only documents equal on every key', async () => {
    const registrations = t.db.collection('registrations');
    await registrations.createIndex({ activityId: 1, enterpriseId: 1, personName: 1, cancelledKey: 1 }, { unique: true });
    const activityId = new ObjectId();
    const enterpriseId = new ObjectId();
    const base = { activityId, enterpriseId, personName: '张伟', cancelledKey: '' };
    await registrations.insertOne({ ...base });
    expect(code(await registrations.insertOne({ ...base }).catch((e: unknown) => e))).toBe(11000);
    await registrations.insertOne({ ...base, personName: '李娜' });
    await registrations.insertOne({ ...base, enterpriseId: new ObjectId() });
    // a cancelled registration frees the slot: its key becomes unique to it
    const cancelled = await registrations.findOneAndUpdate({ ...base }, { $set: { cancelledKey: 'cancelled:1' } }, { returnDocument: 'after' });
    expect(cancelled?.cancelledKey).toBe('cancelled:1');
    await registrations.insertOne({ ...base });
    expect(await registrations.countDocuments({ activityId })).toBe(4);
  });

  it('the 一企一警 slot as stored today: a plain unique index on slot, "ended:<id>" once ended', async () => {
    const assignments = t.db.collection('officer_assignments');
    await assignments.createIndex({ slot: 1 }, { unique: true });
    const enterpriseId = new ObjectId();
    const active = `${enterpriseId.toHexString()}:ONE`;
    const first = await assignments.insertOne({ enterpriseId, officerId: new ObjectId(), slot: active, endedOn: null });
    expect(code(await assignments.insertOne({ enterpriseId, officerId: new ObjectId(), slot: active, endedOn: null }).catch((e: unknown) => e))).toBe(11000);
    await assignments.updateOne({ _id: first.insertedId }, { $set: { slot: `ended:${first.insertedId.toHexString()}`, endedOn: new Date() } });
    await assignments.insertOne({ enterpriseId, officerId: new ObjectId(), slot: active, endedOn: null });
    expect(await assignments.countDocuments({ enterpriseId })).toBe(2);
  });

  it('a partial unique index ({ endedOn: null }) allows many ended assignments and exactly one active one', async () => {
    const assignments = t.db.collection('assignments');
    await assignments.createIndex(
      { enterpriseId: 1 },
      { unique: true, name: 'one_active_officer', partialFilterExpression: { kind: 'ONE_ENTERPRISE_ONE_OFFICER', endedOn: null } },
    );
    const enterpriseId = new ObjectId();
    const assignment = (endedOn: Date | null, kind = 'ONE_ENTERPRISE_ONE_OFFICER') => ({ enterpriseId, officerId: new ObjectId(), kind, endedOn });
    await assignments.insertMany([assignment(new Date('2023-01-01')), assignment(new Date('2024-01-01')), assignment(new Date('2025-01-01'))]);
    const active = await assignments.insertOne(assignment(null));
    expect(code(await assignments.insertOne(assignment(null)).catch((e: unknown) => e))).toBe(11000);
    // other kinds are outside the filter
    await assignments.insertMany([assignment(null, 'PROJECT_OFFICER'), assignment(null, 'PROJECT_OFFICER')]);
    // replacing the officer: end the active one, then the new one fits; the second step repeated fails cleanly
    await assignments.updateOne({ _id: active.insertedId, endedOn: null }, { $set: { endedOn: new Date() } });
    const replacement = assignment(null);
    await assignments.insertOne(replacement);
    expect(code(await assignments.insertOne({ ...replacement, _id: new ObjectId() }).catch((e: unknown) => e))).toBe(11000);
    expect(await assignments.countDocuments({ enterpriseId, kind: 'ONE_ENTERPRISE_ONE_OFFICER', endedOn: null })).toBe(1);
    expect(await assignments.countDocuments({ enterpriseId })).toBe(7);
  });

  it('8 concurrent inserts of an active assignment for one enterprise: one succeeds, the rest get 11000', async () => {
    const assignments = t.db.collection('assignments');
    await assignments.createIndex({ enterpriseId: 1 }, { unique: true, partialFilterExpression: { endedOn: null } });
    const enterpriseId = new ObjectId();
    const results = await race(8, () => assignments.insertOne({ enterpriseId, officerId: new ObjectId(), endedOn: null }));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.flatMap((r) => (r.status === 'rejected' ? [code(r.reason)] : []))).toEqual(Array(7).fill(11000));
  });

  it('createIndexes is idempotent: the same specifications again change nothing', async () => {
    const needs = t.db.collection('service_needs');
    const specs: IndexDescription[] = [
      { key: { enterpriseId: 1, createdAt: -1 }, name: 'enterprise_latest' },
      { key: { status: 1, enterpriseId: 1 }, name: 'status_enterprise' },
      { key: { number: 1 }, name: 'number_unique', unique: true },
    ];
    expect(await needs.createIndexes(specs)).toEqual(specs.map((s) => s.name!));
    const before = await needs.indexes();
    expect(await needs.createIndexes(specs)).toEqual(specs.map((s) => s.name!));
    expect(await needs.indexes()).toEqual(before);
    expect(before.map((i) => i.name).sort()).toEqual(['_id_', ...specs.map((s) => s.name!)].sort());
  });

  it('ensureIndexes (mongoose createIndexes of every model) creates the declared indexes once, also when run again', async () => {
    const handle = await connectDatabase(testMongoUri(), t.dbName);
    try {
      const schema = new Schema({ enterpriseId: Schema.Types.ObjectId, kind: String, endedOn: Date, slot: String }, { versionKey: false });
      schema.index({ slot: 1 }, { unique: true });
      schema.index({ enterpriseId: 1, endedOn: 1, kind: 1 });
      schema.index({ enterpriseId: 1 }, { unique: true, partialFilterExpression: { endedOn: null }, name: 'active_per_enterprise' });
      const Assignment = handle.connection.model('Assignment', schema, 'assignments');
      await ensureIndexes(handle.connection);
      await ensureIndexes(handle.connection);
      const indexes = await Assignment.collection.indexes();
      expect(indexes.map((i) => i.name).sort()).toEqual(['_id_', 'active_per_enterprise', 'enterpriseId_1_endedOn_1_kind_1', 'slot_1']);
      expect(indexes.find((i) => i.name === 'active_per_enterprise')).toMatchObject({ unique: true, partialFilterExpression: { endedOn: null } });
      await Assignment.create({ enterpriseId: new ObjectId(), slot: 'a', endedOn: null });
      const error = await Assignment.create({ enterpriseId: new ObjectId(), slot: 'a', endedOn: null }).catch((e: unknown) => e);
      expect(isDuplicateKeyError(error)).toBe(true);
    } finally {
      await handle.close();
    }
  });
});
