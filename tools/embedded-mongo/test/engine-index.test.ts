import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Double, Long, MongoClient, type Collection, type Document } from 'mongodb';
import { seededRandom } from '@pecg/demo';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '..';

/**
 * The embedded engine's extension (tools/embedded-mongo): secondary indexes, index choice, indexed
 * aggregations and the pecgCounters command. Property style: the same documents live in a collection
 * with indexes and in one without, the same writes go to both, and every query shape must answer the
 * same documents from both — after writes that change indexed keys, after a restart of the file
 * store (indexes rebuilt from the data) and after dropping an index. Runs its own file-backed engine.
 */

/** Deterministic pseudo-random numbers (the bench's mulberry32), so a failure can be replayed. */
const random = seededRandom;

const DB = 'engine_index';
const SIZE = 600;
const STATUSES = ['open', 'closed', 'draft'];

/** A number stored as int32, double or int64 — equal values must meet in the index. */
function numberOf(n: number, rnd: () => number): unknown {
  const pick = rnd();
  return pick < 0.4 ? n : pick < 0.7 ? new Double(n) : Long.fromNumber(n);
}

function makeDocument(i: number, rnd: () => number): Document {
  const doc: Document = { _id: `d${String(i).padStart(5, '0')}`, n: Math.floor(rnd() * 100), version: 1 };
  doc.e = numberOf(Math.floor(rnd() * 12), rnd);
  const s = rnd();
  if (s < 0.7) doc.s = STATUSES[Math.floor(rnd() * STATUSES.length)];
  else if (s < 0.85) doc.s = null; // else missing
  const t = rnd();
  if (t < 0.5) doc.tags = [Math.floor(rnd() * 6), Math.floor(rnd() * 6), rnd() < 0.5 ? 'x' : 'y'];
  else if (t < 0.65) doc.tags = [];
  else if (t < 0.85) doc.tags = Math.floor(rnd() * 6); // else missing
  if (rnd() < 0.8) doc.sub = { k: Math.floor(rnd() * 5), name: `n${Math.floor(rnd() * 4)}` };
  else if (rnd() < 0.5) doc.sub = [{ k: Math.floor(rnd() * 5) }, { k: Math.floor(rnd() * 5) }];
  return doc;
}

const QUERIES: Document[] = [
  { e: 3 },
  { e: new Double(3) },
  { e: Long.fromNumber(3) },
  { e: 3.5 },
  { e: { $eq: 7 } },
  { e: { $in: [1, new Double(2), Long.fromNumber(11), 99] } },
  { e: null },
  { e: { $in: [null, 4] } },
  { s: 'open' },
  { s: null },
  { s: { $exists: false } },
  { s: { $in: [null, 'draft'] } },
  { s: 'open', e: 2 },
  { s: 'closed', e: { $in: [1, 2, 3] } },
  { s: { $in: ['open', 'closed'] }, e: { $in: [5, 6] } },
  { $and: [{ e: 4 }, { s: 'draft' }] },
  { e: { $in: [1, 2] }, s: { $ne: 'open' } },
  { tags: 3 },
  { tags: 'x' },
  { tags: { $in: [0, 'y'] } },
  { tags: null },
  { tags: [] },
  { tags: { $size: 0 } },
  { 'sub.k': 2 },
  { 'sub.k': null },
  { 'sub.k': { $in: [0, 4] }, e: { $gte: 6 } },
  { sub: { k: 1, name: 'n1' } },
  { s: /^cl/ },
  { s: { $regex: 'ra' } },
  { $or: [{ e: 1 }, { s: 'draft' }] },
  { $or: [{ tags: 5 }, { 'sub.k': 3 }], e: { $lt: 6 } },
  { n: { $gt: 20, $lt: 40 } },
  { e: 2, n: { $gte: 50 } },
  { e: { $ne: 1 } },
  { e: { $not: { $in: [1, 2, 3] } } },
  { _id: 'd00010', e: { $in: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] } },
  { _id: { $in: ['d00001', 'd00002', 'd00400', 'nope'] }, s: { $in: ['open', null] } },
  { version: 2, e: 5 },
  // ranges on an indexed leading key (int, long and double mixed; arrays; strings with null and missing)
  { e: { $gte: 6 } },
  { e: { $lt: new Double(3) } },
  { e: { $gt: Long.fromNumber(2), $lte: 4 } },
  { 'sub.k': { $lte: 1 } },
  { s: { $gt: 'cl' } },
  { s: { $lt: 'open' }, n: { $gte: 50 } },
  { tags: { $gt: 4 } },
  { tags: { $gt: 2, $lt: 4 } },
  { n: { $gte: 95 }, s: 'open' },
  { $and: [{ n: { $gt: 10 } }, { n: { $lt: 15 } }] },
  // contradictory conditions on one key (a deprecated alias and its plural field that disagree)
  { $and: [{ s: { $in: ['open'] } }, { s: 'closed' }] },
  { $and: [{ e: { $gt: 8 } }, { e: { $lt: 2 } }] },
  { $and: [{ tags: 2 }, { tags: 'y' }] },
];

/** Sorted pages (scalar sort keys; a multikey sort key may order differently than MongoDB). */
const SORTED: Array<[Document, Record<string, 1 | -1>]> = [
  [{}, { n: 1, _id: 1 }],
  [{}, { n: -1, _id: -1 }],
  [{}, { e: 1, _id: 1 }],
  [{}, { e: -1, _id: 1 }],
  [{ n: { $gt: 30 } }, { n: 1, _id: 1 }],
  [{ n: { $lt: 60 } }, { n: -1, _id: -1 }],
  [{ s: 'open' }, { n: 1, _id: 1 }],
  [
    { s: { $in: ['open', 'draft'] }, e: { $gte: 3 } },
    { e: -1, _id: -1 },
  ],
  [{ $or: [{ n: { $gt: 50 } }, { n: 50, _id: { $gt: 'd00300' } }] }, { n: 1, _id: 1 }],
  [{ $or: [{ n: { $lt: 50 } }, { n: 50, _id: { $lt: 'd00300' } }] }, { n: -1, _id: -1 }],
  [{ e: 4 }, { n: 1, _id: 1 }],
  [{ e: null }, { n: -1, _id: 1 }],
  // an equality or $in on the leading key of { e, n } / { s, n } / { tags, n } and a sort on n: walked per value
  [{ e: 4 }, { n: -1, _id: -1 }],
  [{ e: { $in: [1, new Double(5), 9] } }, { n: -1, _id: 1 }],
  [
    { s: { $in: ['open', 'closed'] }, n: { $gt: 10 } },
    { n: 1, _id: 1 },
  ],
  [{ s: 'draft', e: { $ne: 3 } }, { n: 1 }],
  [{ tags: { $in: [3, 'x'] } }, { n: -1, _id: -1 }],
  // a later page: the cursor's bound, walked from where the previous page ended
  [
    { e: 4, $or: [{ n: { $gt: 50 } }, { n: 50, _id: { $gt: 'd00300' } }] },
    { n: 1, _id: 1 },
  ],
  [
    { e: { $in: [2, 4] }, $or: [{ n: { $lt: 50 } }, { n: 50, _id: { $lt: 'd00300' } }] },
    { n: -1, _id: -1 },
  ],
  [
    { s: 'open', n: { $gte: 40 } },
    { n: 1, _id: 1 },
  ],
  [
    { s: 'closed', n: { $lte: 40 } },
    { n: -1, _id: -1 },
  ],
];

/** "The latest N per parent" as the storage adapter builds it (single and array parent fields). */
const LATEST_PER_PARENT: Document[][] = [
  [
    { $match: { e: { $in: [1, 2, 3, 7] } } },
    { $sort: { e: 1, n: -1, _id: -1 } },
    { $group: { _id: '$e', docs: { $push: '$$ROOT' } } },
    { $project: { docs: { $slice: ['$docs', 3] } } },
  ],
  [
    { $match: { s: { $in: ['open', 'draft'] }, n: { $lt: 70 } } },
    { $project: { s: 1, n: 1 } },
    { $sort: { s: 1, n: 1, _id: 1 } },
    { $group: { _id: '$s', docs: { $push: '$$ROOT' } } },
    { $project: { docs: { $slice: ['$docs', 5] } } },
  ],
  [
    { $match: { tags: { $in: [2, 3, 'y'] } } },
    { $addFields: { __parentKey: '$tags' } },
    { $unwind: '$__parentKey' },
    { $match: { __parentKey: { $in: [2, 3, 'y'] } } },
    { $sort: { __parentKey: 1, n: -1, _id: -1 } },
    { $group: { _id: '$__parentKey', docs: { $push: '$$ROOT' } } },
    { $project: { docs: { $slice: ['$docs', 4] } } },
  ],
];

async function ids(collection: Collection, filter: Document): Promise<string[]> {
  const docs = await collection.find(filter, { projection: { _id: 1 } }).toArray();
  return docs.map((d) => String(d._id)).sort();
}

interface Counts {
  examined: number;
  returned: number;
  indexed: number;
  scans: number;
}

describe('embedded engine: indexes, planner, counters', () => {
  let dataDir: string;
  let engine: EmbeddedDatabase;
  let client: MongoClient;
  const indexed = () => client.db(DB).collection('indexed');
  const plain = () => client.db(DB).collection('plain');

  async function start(cachedDocuments?: number): Promise<void> {
    engine = await startEmbeddedDatabase({ dataDir, cachedDocuments });
    client = await MongoClient.connect(engine.uri);
  }

  /** Restarts the file store; from then on with 16 documents read by `_id` kept per collection, so reads evict all the time. */
  async function restart(): Promise<void> {
    await client.close();
    await engine.stop();
    await start(16);
  }

  /** Counters of one namespace while `fn` runs (the engine is this file's own: nobody else counts). */
  async function counted(collection: string, fn: () => Promise<unknown>): Promise<Counts> {
    await client.db('admin').command({ pecgCounters: 1, reset: true });
    await fn();
    const reply = await client.db('admin').command({ pecgCounters: 1 });
    const ns = (reply.namespaces as Record<string, Partial<Counts>>)[`${DB}.${collection}`] ?? {};
    return { examined: Number(ns.examined ?? 0), returned: Number(ns.returned ?? 0), indexed: Number(ns.indexed ?? 0), scans: Number(ns.scans ?? 0) };
  }

  async function expectSameAnswers(): Promise<void> {
    const differences: Array<{ query: string; missing: string[]; extra: string[] }> = [];
    for (const query of QUERIES) {
      const expected = await ids(plain(), query);
      const actual = await ids(indexed(), query);
      const missing = expected.filter((id) => !actual.includes(id));
      const extra = actual.filter((id) => !expected.includes(id));
      if (missing.length || extra.length || actual.length !== expected.length) differences.push({ query: JSON.stringify(query), missing, extra });
    }
    expect(differences).toEqual([]);
    // sorted pages: walked in index order where an index leads with the sort key, sorted otherwise
    for (const [filter, sort] of SORTED) {
      for (const limit of [1, 7, 40]) {
        const expected = (
          await plain()
            .find(filter, { projection: { _id: 1 } })
            .sort(sort)
            .limit(limit)
            .toArray()
        ).map((d) => String(d._id));
        const actual = (
          await indexed()
            .find(filter, { projection: { _id: 1 } })
            .sort(sort)
            .limit(limit)
            .toArray()
        ).map((d) => String(d._id));
        if (JSON.stringify(actual) !== JSON.stringify(expected))
          differences.push({ query: JSON.stringify({ filter, sort, limit }), missing: expected, extra: actual });
        const pipeline = [{ $match: filter }, { $sort: sort }, { $limit: limit }, { $project: { _id: 1 } }];
        const aggregated = (await indexed().aggregate(pipeline).toArray()).map((d) => String(d._id));
        if (JSON.stringify(aggregated) !== JSON.stringify(expected))
          differences.push({ query: JSON.stringify({ aggregate: pipeline }), missing: expected, extra: aggregated });
      }
    }
    expect(differences).toEqual([]);
    const pipeline = [
      { $match: { e: { $in: [1, 2, 3] } } },
      { $sort: { n: -1, _id: 1 } },
      { $group: { _id: '$e', count: { $sum: 1 }, top: { $push: '$_id' } } },
      { $project: { count: 1, top: { $slice: ['$top', 3] } } },
      { $sort: { _id: 1 } },
    ];
    expect(await indexed().aggregate(pipeline).toArray()).toEqual(await plain().aggregate(pipeline).toArray());
    const byParent = (rows: Document[]) => rows.sort((a, b) => JSON.stringify(a._id).localeCompare(JSON.stringify(b._id)));
    for (const latest of LATEST_PER_PARENT) {
      expect(byParent(await indexed().aggregate(latest).toArray())).toEqual(byParent(await plain().aggregate(latest).toArray()));
    }
    expect(await indexed().countDocuments({ s: 'open' })).toBe(await plain().countDocuments({ s: 'open' }));
    expect((await indexed().distinct('e', { s: 'closed' })).sort()).toEqual((await plain().distinct('e', { s: 'closed' })).sort());
  }

  /** The same random writes (changing indexed keys) on both collections. */
  async function mixedWrites(seed: number, rounds: number): Promise<void> {
    const rnd = random(seed);
    for (let i = 0; i < rounds; i++) {
      const id = `d${String(Math.floor(rnd() * SIZE * 1.2)).padStart(5, '0')}`;
      const pick = rnd();
      // a write the engine refuses (e.g. $set 'sub.k' where sub is an array) must fail on both alike
      const both = async (fn: (c: Collection) => Promise<unknown>) => {
        const outcome = (c: Collection) =>
          fn(c).then(
            () => 'ok',
            (error: { code?: number; message: string }) => `error ${error.code ?? error.message}`,
          );
        expect(await outcome(indexed())).toBe(await outcome(plain()));
      };
      if (pick < 0.2) {
        const e = numberOf(Math.floor(rnd() * 12), rnd);
        await both((c) => c.updateOne({ _id: id as never }, { $set: { e }, $inc: { version: 1 } }));
      } else if (pick < 0.3) {
        const tag = Math.floor(rnd() * 6);
        const e = Math.floor(rnd() * 12);
        await both((c) => c.updateMany({ e }, { $set: { tags: [tag, tag + 1, 'y'] } }));
      } else if (pick < 0.4) {
        await both((c) => c.updateOne({ _id: id as never }, { $unset: { s: '' } }));
      } else if (pick < 0.5) {
        const s = STATUSES[Math.floor(rnd() * 3)];
        const k = Math.floor(rnd() * 5);
        await both((c) => c.findOneAndUpdate({ _id: id as never, version: { $gte: 1 } }, { $set: { s, 'sub.k': k } }));
      } else if (pick < 0.6) {
        await both((c) => c.deleteOne({ _id: id as never }));
      } else if (pick < 0.7) {
        const doc = makeDocument(SIZE + i, rnd);
        await both((c) => c.insertOne({ ...doc }));
      } else if (pick < 0.8) {
        const doc = makeDocument(0, rnd);
        delete doc._id;
        await both((c) => c.replaceOne({ _id: id as never }, doc));
      } else if (pick < 0.9) {
        const from = Math.floor(rnd() * 12);
        const to = numberOf(Math.floor(rnd() * 12), rnd);
        await both((c) => c.updateMany({ e: { $in: [from, from + 1] } }, { $set: { e: to } }));
      } else {
        const e = Math.floor(rnd() * 12);
        await both((c) => c.deleteMany({ s: 'draft', e }));
      }
    }
  }

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pecg-engine-index-'));
    await start();
    await indexed().createIndex({ e: 1 });
    await indexed().createIndex({ s: 1, e: 1 });
    await indexed().createIndex({ tags: 1 });
    await indexed().createIndex({ 'sub.k': 1 });
    await indexed().createIndex({ sub: 1 });
    await indexed().createIndex({ n: 1 });
    await indexed().createIndex({ e: 1, n: -1 });
    await indexed().createIndex({ s: 1, n: 1 });
    await indexed().createIndex({ tags: 1, n: 1 });
    const rnd = random(42);
    const docs = Array.from({ length: SIZE }, (_, i) => makeDocument(i, rnd));
    await indexed().insertMany(docs.map((d) => ({ ...d })));
    await plain().insertMany(docs.map((d) => ({ ...d })));
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await engine?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every query shape as an unindexed collection does', async () => {
    await expectSameAnswers();
  });

  it('still does after writes that change indexed keys', async () => {
    await mixedWrites(7, 300);
    await expectSameAnswers();
  });

  it('still does after a restart of the file store (indexes rebuilt from the data; a cache of 16 documents, evicting)', async () => {
    await restart();
    await expectSameAnswers();
    await mixedWrites(8, 150);
    await expectSameAnswers();
  });

  it('still does after dropping indexes', async () => {
    await indexed().dropIndex('e_1');
    await indexed().dropIndex('tags_1');
    await expectSameAnswers();
    await mixedWrites(9, 100);
    await expectSameAnswers();
    await restart();
    await expectSameAnswers();
    expect((await indexed().indexes()).map((i) => i.name).sort()).toEqual(['_id_', 'e_1_n_-1', 'n_1', 's_1_e_1', 's_1_n_1', 'sub.k_1', 'sub_1', 'tags_1_n_1']);
  });

  it('serves an equality from the index and scans without one (pecgCounters)', async () => {
    await indexed().createIndex({ e: 1 });
    const size = await plain().countDocuments();
    const hit = await counted('indexed', () => indexed().find({ e: 3 }).toArray());
    expect(hit.indexed).toBe(1);
    expect(hit.scans).toBe(0);
    expect(hit.returned).toBeGreaterThan(0);
    expect(hit.examined).toBeLessThanOrEqual(2 * hit.returned);
    const scan = await counted('plain', () => plain().find({ e: 3 }).toArray());
    expect(scan.scans).toBe(1);
    expect(scan.returned).toBe(hit.returned);
    expect(scan.examined).toBe(size);
    const inList = await counted('indexed', () =>
      indexed()
        .find({ e: { $in: [1, 2, 3] } })
        .toArray(),
    );
    expect(inList.examined).toBeLessThanOrEqual(2 * inList.returned);
    const aggregation = await counted('indexed', () =>
      indexed()
        .aggregate([{ $match: { e: 4 } }, { $sort: { n: -1 } }, { $limit: 2 }])
        .toArray(),
    );
    expect(aggregation.indexed).toBe(1);
    expect(aggregation.examined).toBeLessThanOrEqual(2 * aggregation.returned);
    // a sorted page without a selective filter walks the { n } index in order and stops early
    const page = await counted('indexed', () => indexed().find({}).sort({ n: 1, _id: 1 }).limit(10).toArray());
    expect(page).toMatchObject({ indexed: 1, scans: 0 });
    expect(page.examined).toBeLessThan(40);
    const nextPage = await counted('indexed', () =>
      indexed()
        .find({ $or: [{ n: { $gt: 50 } }, { n: 50, _id: { $gt: 'd00300' } }] } as Document)
        .sort({ n: 1, _id: 1 })
        .limit(10)
        .toArray(),
    );
    expect(nextPage.examined).toBeLessThan(40);
    const latest = await counted('indexed', () =>
      indexed()
        .aggregate([{ $match: { s: { $in: ['open', 'closed', 'draft', null] } } }, { $sort: { n: -1 } }, { $limit: 5 }])
        .toArray(),
    );
    expect(latest.examined).toBeLessThan(40);
  });

  it('counts "one category\'s members" from a compound index alone, the same as counting the documents', async () => {
    const directory = client.db(DB).collection<{ _id: string } & Document>('directory');
    const copy = client.db(DB).collection<{ _id: string } & Document>('directory_plain');
    await directory.createIndex({ category: 1, member: 1, _id: 1 });
    await directory.createIndex({ tags: 1, size: 1 });
    const docs = Array.from({ length: 600 }, (_, i) => ({
      _id: `f${String(i).padStart(4, '0')}`,
      category: ['A', 'B', 'C'][i % 3],
      ...(i % 11 === 0 ? {} : { member: i % 4 === 0 }),
      tags: i % 7 === 0 ? ['x', 'y'] : i % 5 === 0 ? [] : ['x'],
      size: i % 13 === 0 ? 2.0 : i % 2, // 1 and 1.0 are one value
    }));
    await directory.insertMany(docs);
    await copy.insertMany(docs);
    await directory.deleteMany({ _id: { $in: ['f0003', 'f0004'] } });
    await copy.deleteMany({ _id: { $in: ['f0003', 'f0004'] } });
    await directory.updateOne({ _id: 'f0008' }, { $set: { category: 'B', member: false } });
    await copy.updateOne({ _id: 'f0008' }, { $set: { category: 'B', member: false } });
    const fromIndex: Document[] = [
      { category: 'A', member: true },
      { member: false, category: 'B' },
      { category: { $in: ['A', 'C'] }, member: { $eq: true } },
      { category: 'Z', member: true },
      { tags: 'x', size: 1 },
      { tags: 'y', size: { $in: [0, 2] } },
      { tags: { $in: ['x', 'y'] }, size: 1.0 },
    ];
    for (const filter of fromIndex) {
      let count = -1;
      const counts = await counted('directory', async () => {
        count = await directory.countDocuments(filter);
      });
      expect({ filter, count }).toEqual({ filter, count: await copy.countDocuments(filter) });
      expect({ filter, examined: counts.examined }).toEqual({ filter, examined: 0 });
    }
    // not answered by the index alone (null and missing, a key the index does not lead with): counted from the documents, still right
    for (const filter of [{ category: 'A', member: null }, { member: true }, { category: 'A', member: true, size: 1 }] as Document[]) {
      expect({ filter, count: await directory.countDocuments(filter) }).toEqual({ filter, count: await copy.countDocuments(filter) });
    }
  });

  it('reads about N documents per parent for "the latest N per parent", however many children a parent has', async () => {
    const children = client.db(DB).collection<{ _id: string } & Document>('children');
    await children.createIndex({ parentId: 1, at: -1 });
    const PARENTS = 20;
    const PER_PARENT = 100;
    const docs = Array.from({ length: PARENTS * PER_PARENT }, (_, i) => ({
      _id: `c${String(i).padStart(5, '0')}`,
      parentId: `p${i % PARENTS}`,
      at: new Date(Date.UTC(2026, 0, 1 + Math.floor(i / PARENTS) / 2)), // two children of a parent share each day
      kind: i % 3 ? 'odd' : 'even',
    }));
    await children.insertMany(docs);
    const parents = ['p1', 'p2', 'p3', 'p4', 'p5'];
    const latest = [
      { $match: { parentId: { $in: parents }, kind: 'odd' } },
      { $sort: { parentId: 1, at: -1, _id: -1 } },
      { $group: { _id: '$parentId', docs: { $push: '$$ROOT' } } },
      { $project: { docs: { $slice: ['$docs', 3] } } },
    ];
    let rows: Document[] = [];
    const counts = await counted('children', async () => {
      rows = await children.aggregate(latest).toArray();
    });
    const expected = parents.map((p) => ({
      _id: p,
      docs: docs
        .filter((d) => d.parentId === p && d.kind === 'odd')
        .sort((a, b) => b.at.getTime() - a.at.getTime() || (a._id < b._id ? 1 : -1))
        .slice(0, 3),
    }));
    expect(rows.sort((a, b) => String(a._id).localeCompare(String(b._id)))).toEqual(expected);
    // 3 per parent, plus the odd/even ones read and left, plus ties on the last day: far from 5 × 100
    expect(counts.examined).toBeLessThanOrEqual(parents.length * 8);
    // a sorted page of one parent's children walks the same index: about limit documents
    const page = await counted('children', () => children.find({ parentId: 'p7' }).sort({ at: -1, _id: -1 }).limit(10).toArray());
    expect(page.examined).toBeLessThanOrEqual(12);
    expect(page.returned).toBeGreaterThanOrEqual(10);
  });

  it('serves a time range (…From / …Before) from the index of its timestamp, and a later page of a parent from its cursor', async () => {
    const events = client.db(DB).collection<{ _id: string } & Document>('events');
    await events.createIndex({ at: 1 });
    await events.createIndex({ deviceId: 1, at: -1 });
    const docs = Array.from({ length: 3000 }, (_, i) => ({
      _id: `v${String(i).padStart(5, '0')}`,
      deviceId: `dev${i % 30}`,
      at: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
    }));
    await events.insertMany(docs);
    const from = new Date(Date.UTC(2026, 0, 1, 10));
    const before = new Date(Date.UTC(2026, 0, 1, 12));
    const inRange = docs.filter((d) => d.at >= from && d.at < before);
    let found: Document[] = [];
    const range = await counted('events', async () => {
      found = await events.find({ at: { $gte: from, $lt: before } }).toArray();
    });
    expect(found.map((d) => d._id).sort()).toEqual(inRange.map((d) => d._id).sort());
    expect(range.scans).toBe(0);
    expect(range.examined).toBeLessThanOrEqual(inRange.length + 2);
    // an aggregation's leading $match too; a range over most of the collection is read as a scan (as much to read)
    const agg = await counted('events', () => events.aggregate([{ $match: { at: { $lt: from } } }, { $group: { _id: null, n: { $sum: 1 } } }]).toArray());
    expect(agg.scans).toBe(0);
    expect(agg.examined).toBeLessThanOrEqual(docs.filter((d) => d.at < from).length + 1); // the bound itself is read, then filtered
    const wide = await counted('events', () => events.countDocuments({ at: { $gte: from } }));
    expect(wide.scans).toBe(1);
    // page 3 of one device's events, newest first, after the second page's last event: about a page read
    const device = docs.filter((d) => d.deviceId === 'dev7').sort((a, b) => b.at.getTime() - a.at.getTime());
    const last = device[19];
    let page: Document[] = [];
    const paged = await counted('events', async () => {
      page = await events
        .find({ deviceId: 'dev7', $or: [{ at: { $lt: last.at } }, { at: last.at, _id: { $lt: last._id } }] })
        .sort({ at: -1, _id: -1 })
        .limit(10)
        .toArray();
    });
    expect(page.map((d) => d._id)).toEqual(device.slice(20, 30).map((d) => d._id));
    expect(paged.examined).toBeLessThanOrEqual(12);
  });

  it('updates { _id, version } through the _id index: one document examined', async () => {
    const doc = await indexed().findOne({}, { sort: { _id: 1 } });
    const update = await counted('indexed', () => indexed().updateOne({ _id: doc!._id, version: doc!.version }, { $inc: { version: 1 } }));
    expect(update).toEqual({ examined: 1, returned: 1, indexed: 1, scans: 0 });
    const stale = await counted('indexed', () => indexed().updateOne({ _id: doc!._id, version: doc!.version }, { $inc: { version: 1 } }));
    expect(stale).toEqual({ examined: 1, returned: 0, indexed: 1, scans: 0 });
    const withStatus = await counted('indexed', () => indexed().findOne({ _id: doc!._id, s: { $in: STATUSES } }));
    expect(withStatus.examined).toBe(1);
  });

  it('chooses the most selective index, whatever the order the indexes were made in', async () => {
    const c = client.db(DB).collection('selective');
    await c.createIndex({ status: 1 }); // first: a first-fit planner would take it
    await c.createIndex({ enterpriseId: 1 });
    await c.insertMany(Array.from({ length: 1000 }, (_, i) => ({ _id: i as never, status: i % 10 === 0 ? 'closed' : 'open', enterpriseId: `e${i % 100}` })));
    const both = await counted('selective', () => c.find({ status: 'open', enterpriseId: 'e5' }).toArray());
    expect(both.returned).toBe(10);
    expect(both.examined).toBe(10);
    const rare = await counted('selective', () =>
      c.find({ status: 'closed', enterpriseId: { $in: ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9', 'e10', 'e11', 'e12'] } }).toArray(),
    );
    expect(rare.returned).toBe(10); // e10 only
    expect(rare.examined).toBeLessThanOrEqual(100); // 100 closed < 120 for the twelve enterprises
    await restart();
    const again = await counted('selective', () => client.db(DB).collection('selective').find({ status: 'open', enterpriseId: 'e5' }).toArray());
    expect(again.examined).toBe(10);
  });

  it('keeps a partial unique index partial, also after a restart', async () => {
    const assignments = () => client.db(DB).collection('assignments');
    await assignments().createIndex({ enterpriseId: 1 }, { unique: true, name: 'one_active', partialFilterExpression: { endedOn: null } });
    await assignments().insertMany([
      { enterpriseId: 'e1', endedOn: new Date(1) },
      { enterpriseId: 'e1', endedOn: new Date(2) },
      { enterpriseId: 'e1', endedOn: null },
    ]);
    await expect(assignments().insertOne({ enterpriseId: 'e1', endedOn: null })).rejects.toMatchObject({ code: 11000 });
    await restart();
    await expect(assignments().insertOne({ enterpriseId: 'e1', endedOn: null })).rejects.toMatchObject({ code: 11000 });
    await assignments().insertOne({ enterpriseId: 'e1', endedOn: new Date(3) });
    // ending the active one frees the slot; moving an ended one back into the filter is refused
    await assignments().updateOne({ enterpriseId: 'e1', endedOn: null }, { $set: { endedOn: new Date(4) } });
    await assignments().insertOne({ enterpriseId: 'e1', endedOn: null });
    await expect(assignments().updateOne({ endedOn: new Date(3) }, { $set: { endedOn: null } })).rejects.toMatchObject({ code: 11000 });
    await assignments().deleteOne({ enterpriseId: 'e1', endedOn: null });
    await assignments().updateOne({ endedOn: new Date(3) }, { $set: { endedOn: null } });
    expect(await assignments().countDocuments({ enterpriseId: 'e1' })).toBe(4);
    expect(await assignments().countDocuments({ enterpriseId: 'e1', endedOn: null })).toBe(1);
    expect((await assignments().indexes()).find((i) => i.name === 'one_active')).toMatchObject({ unique: true, partialFilterExpression: { endedOn: null } });
  });

  it('answers pecgCounters in the documented shape, and reset zeroes it', async () => {
    await indexed().findOne({ e: 1 });
    const reply = await client.db('admin').command({ pecgCounters: 1, reset: true });
    expect(reply).toMatchObject({ ok: 1, examined: expect.any(Number), returned: expect.any(Number), commands: expect.any(Number) });
    expect(reply.namespaces[`${DB}.indexed`]).toEqual({
      examined: expect.any(Number),
      returned: expect.any(Number),
      commands: expect.any(Number),
      indexed: expect.any(Number),
      scans: expect.any(Number),
    });
    const after = await client.db('admin').command({ pecgCounters: 1 });
    expect(after).toMatchObject({ ok: 1, examined: 0, returned: 0, commands: 0, namespaces: {} });
  });
});
