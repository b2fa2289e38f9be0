import { ObjectId } from 'mongodb';
import { latestPerParentPipeline } from '../../src/db/storage';
import { explainedCounts } from '@pecg/testing';
import { useConformanceDatabase } from './fixture';

/**
 * Engine conformance: reads and writes on indexed fields do not scan. Measured through the embedded
 * engine's counters ({ pecgCounters: 1 }) or, on a real MongoDB, explain's totalDocsExamined — the
 * same assertions on both (see src/testing/engine-counters.ts).
 */
describe('engine conformance: index use (documents examined ≈ documents returned)', () => {
  const t = useConformanceDatabase('index_use');

  const PARENTS = 100;
  const PER_PARENT = 20;
  const parents = Array.from({ length: PARENTS }, () => new ObjectId());

  /** 2 000 applications of 100 enterprises, indexed by enterprise and by status + enterprise. */
  async function load() {
    const apps = t.db.collection('applications');
    await apps.createIndexes([{ key: { enterpriseId: 1, submittedAt: -1 } }, { key: { status: 1, enterpriseId: 1 } }]);
    const docs = Array.from({ length: PARENTS * PER_PARENT }, (_, i) => ({
      _id: new ObjectId(),
      enterpriseId: parents[i % PARENTS],
      // each enterprise has 5 applications of each status
      status: ['SUBMITTED', 'ACCEPTED', 'REJECTED', 'UNDER_REVIEW'][Math.floor(i / PARENTS) % 4],
      submittedAt: new Date(Date.UTC(2024, 0, 1 + (i % 28))),
      amount: i % 17,
      version: 1,
      note: '营商环境'.repeat(10),
    }));
    for (let i = 0; i < docs.length; i += 500) await apps.insertMany(docs.slice(i, i + 500));
    return docs;
  }

  it('find({ enterpriseId }) on an indexed field examines at most 2 × the documents it returns', async () => {
    await load();
    const counts = await explainedCounts(t.client, t.dbName, (ops) => ops.find('applications', { enterpriseId: parents[7] }));
    expect(counts.returned).toBe(PER_PARENT);
    expect(counts.examined).toBeLessThanOrEqual(2 * counts.returned);
  });

  it('countDocuments on the leading key of an index counts from the index: right count, no document read', async () => {
    const docs = await load();
    const apps = t.db.collection('applications');
    await apps.createIndex({ status: 1 });
    const expected = docs.filter((d) => d.status === 'REJECTED' || d.status === 'ACCEPTED').length;
    expect(await apps.countDocuments({ status: { $in: ['REJECTED', 'ACCEPTED'] } })).toBe(expected);
    expect(await apps.countDocuments({ status: 'NO_SUCH_STATUS' })).toBe(0);
    // the leading key of a compound index ({ enterpriseId, submittedAt })
    expect(await apps.countDocuments({ enterpriseId: { $in: [parents[1], parents[2]] } })).toBe(2 * PER_PARENT);
    const byParent = await explainedCounts(t.client, t.dbName, (ops) =>
      ops.aggregate('applications', [{ $match: { enterpriseId: parents[3] } }, { $group: { _id: 1, n: { $sum: 1 } } }]),
    );
    expect(byParent.examined).toBe(0);
    // the driver's countDocuments pipeline
    const counts = await explainedCounts(t.client, t.dbName, (ops) =>
      ops.aggregate('applications', [{ $match: { status: 'REJECTED' } }, { $group: { _id: 1, n: { $sum: 1 } } }]),
    );
    expect(counts.examined).toBe(0);
    // a second condition is not answered by the index alone: the documents are read, and counted right
    const filtered = docs.filter((d) => d.status === 'REJECTED' && d.amount === 3).length;
    expect(await apps.countDocuments({ status: 'REJECTED', amount: 3 })).toBe(filtered);
  });

  it('a filter on an unindexed field examines every document (the measurement does see scans)', async () => {
    await load();
    const counts = await explainedCounts(t.client, t.dbName, (ops) => ops.find('applications', { amount: 3 }));
    expect(counts.returned).toBeGreaterThan(0);
    expect(counts.examined).toBeGreaterThanOrEqual(PARENTS * PER_PARENT);
  });

  it('updateOne({ _id, version }) examines exactly one document', async () => {
    const docs = await load();
    const target = docs[1234];
    const counts = await explainedCounts(t.client, t.dbName, (ops) =>
      ops.updateOne('applications', { _id: target._id, version: 1 }, { $set: { status: 'ACCEPTED' }, $inc: { version: 1 } }),
    );
    expect(counts.examined).toBe(1);
    // a stale version examines the one document too, and matches nothing
    const stale = await explainedCounts(t.client, t.dbName, (ops) => ops.updateOne('applications', { _id: target._id, version: 0 }, { $inc: { version: 1 } }));
    expect(stale.examined).toBeLessThanOrEqual(1);
  });

  it('an aggregate whose leading $match is indexed examines about the matched documents', async () => {
    await load();
    const matched = PER_PARENT;
    const counts = await explainedCounts(t.client, t.dbName, (ops) =>
      ops.aggregate('applications', [
        { $match: { enterpriseId: parents[42] } },
        { $sort: { submittedAt: -1, _id: -1 } },
        { $group: { _id: '$status', count: { $sum: 1 }, total: { $sum: '$amount' }, latest: { $push: '$_id' } } },
        { $project: { count: 1, total: 1, latest: { $slice: ['$latest', 3] } } },
      ]),
    );
    expect(counts.examined).toBeGreaterThan(0);
    expect(counts.examined).toBeLessThanOrEqual(2 * matched);
  });

  it('a filtered statistic ({ enterpriseId, status } → $group) uses the most selective index: examined ≈ matched', async () => {
    const docs = await load();
    const enterpriseId = parents[9];
    const matched = docs.filter((d) => d.status === 'REJECTED' && d.enterpriseId === enterpriseId).length;
    // { enterpriseId, submittedAt } alone would examine all 20 of the enterprise; { status, enterpriseId } examines the 5
    const counts = await explainedCounts(t.client, t.dbName, (ops) =>
      ops.aggregate('applications', [
        { $match: { enterpriseId, status: 'REJECTED' } },
        { $group: { _id: null, count: { $sum: 1 }, total: { $sum: '$amount' } } },
      ]),
    );
    expect(matched).toBe(PER_PARENT / 4);
    expect(counts.examined).toBeGreaterThan(0);
    expect(counts.examined).toBeLessThanOrEqual(2 * matched);
  });

  it('$in over 10 parents examines at most 2 × the documents it returns', async () => {
    await load();
    const counts = await explainedCounts(t.client, t.dbName, (ops) =>
      ops.find('applications', { enterpriseId: { $in: parents.slice(20, 30) } }, { projection: { _id: 1, enterpriseId: 1, status: 1 } }),
    );
    expect(counts.returned).toBe(10 * PER_PARENT);
    expect(counts.examined).toBeLessThanOrEqual(2 * counts.returned);
  });

  it("the latest-N pipeline over 10 parents (the adapter's $push/$slice form) examines about the matched documents", async () => {
    await load();
    const pipeline = latestPerParentPipeline({
      parentField: 'enterpriseId',
      keys: parents.slice(60, 70),
      n: 5,
      sort: { submittedAt: -1 },
      strategy: 'pushSlice',
    });
    const counts = await explainedCounts(t.client, t.dbName, (ops) => ops.aggregate('applications', pipeline));
    expect(counts.examined).toBeGreaterThan(0);
    expect(counts.examined).toBeLessThanOrEqual(2 * 10 * PER_PARENT);
  });
});
