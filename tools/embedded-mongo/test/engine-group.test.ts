import { Double, Long, ObjectId, type Document } from 'mongodb';
import { seededRandom } from '@pecg/demo';
import { oursAndStock } from './support/stock-server';

/**
 * The statistics' counting `$group` (keys of top-level fields and presence tests, `{ $sum: 1 }`) is
 * computed by the extension's own stage (CountGroup): the same documents in stock mongo-java-server
 * 1.47.0 and in the extended engine must give the same groups, in the same order, with the same values
 * — for strings, numbers stored as int, long and double, booleans, dates, ObjectIds, null, missing
 * fields and arrays (where the extension leaves the stage to stock).
 */

const STATUSES = ['OPEN', 'DONE', 'CLOSED'];

function documents(): Document[] {
  const rnd = seededRandom(7);
  const ids = [new ObjectId(), new ObjectId(), new ObjectId()];
  return Array.from({ length: 400 }, (_, i) => {
    const doc: Document = { _id: `g${String(i).padStart(4, '0')}`, status: STATUSES[Math.floor(rnd() * 3)] };
    const n = Math.floor(rnd() * 4);
    const kind = rnd();
    doc.level = kind < 0.3 ? n : kind < 0.6 ? new Double(n) : Long.fromNumber(n);
    if (rnd() < 0.7) doc.month = `2026-0${1 + Math.floor(rnd() * 3)}`;
    else if (rnd() < 0.5) doc.month = null;
    if (rnd() < 0.5) doc.decidedAt = new Date(Date.UTC(2026, 0, 1 + Math.floor(rnd() * 20)));
    else if (rnd() < 0.3) doc.decidedAt = null;
    doc.flag = rnd() < 0.5;
    doc.enterpriseId = ids[Math.floor(rnd() * 3)];
    doc.day = new Date(Date.UTC(2026, 0, 1 + Math.floor(rnd() * 3)));
    if (i % 50 === 0) doc.tags = ['x', 'y'];
    return doc;
  });
}

const PIPELINES: Document[][] = [
  [{ $match: {} }, { $group: { _id: null, count: { $sum: 1 } } }],
  [{ $match: { status: 'OPEN' } }, { $group: { _id: 1, n: { $sum: 1 } } }],
  [{ $match: {} }, { $group: { _id: '$status', count: { $sum: 1 } } }],
  [{ $match: {} }, { $group: { _id: '$level', count: { $sum: 1 } } }],
  [{ $match: {} }, { $group: { _id: '$month', count: { $sum: 1 } } }],
  [{ $match: {} }, { $group: { _id: '$enterpriseId', count: { $sum: 1 } } }],
  [{ $match: {} }, { $group: { _id: '$day', count: { $sum: 1 } } }],
  [{ $match: {} }, { $group: { _id: '$flag', count: { $sum: 1 }, again: { $sum: 1 } } }],
  [{ $match: {} }, { $group: { _id: { k0: '$status', k1: '$level' }, count: { $sum: 1 } } }],
  [{ $match: { flag: true } }, { $group: { _id: { k0: '$status', k1: { $gt: ['$decidedAt', null] } }, count: { $sum: 1 } } }],
  [{ $match: {} }, { $group: { _id: { k0: '$status', k1: '$month', k2: { $gt: ['$decidedAt', null] } }, count: { $sum: 1 } } }],
  [{ $match: {} }, { $group: { _id: { k0: '$enterpriseId', k1: '$flag' }, count: { $sum: 1 } } }, { $sort: { count: -1, _id: 1 } }],
  [{ $match: {} }, { $group: { _id: '$tags', count: { $sum: 1 } } }],
  [{ $match: {} }, { $group: { _id: { k0: '$tags' }, count: { $sum: 1 } } }],
  [{ $match: { status: { $in: ['OPEN', 'DONE'] } } }, { $group: { _id: '$status', count: { $sum: 1 } } }, { $sort: { _id: -1 } }],
];

describe('embedded engine: the counting $group equals stock mongo-java-server', () => {
  const engines = oursAndStock('group');

  it('gives the same groups in the same order for every key shape', async () => {
    const docs = documents();
    await engines.run(async (ours, stock) => {
      await ours
        .db('g')
        .collection('rows')
        .insertMany(docs.map((d) => ({ ...d })));
      await ours.db('g').collection('rows').createIndex({ status: 1 });
      await stock
        .db('g')
        .collection('rows')
        .insertMany(docs.map((d) => ({ ...d })));
      const computedHere: string[] = [];
      for (const pipeline of PIPELINES) {
        const expected = await stock.db('g').collection('rows').aggregate(pipeline).toArray();
        const before = (await ours.db('admin').command({ pecgCounters: 1 })).countGroups as number;
        const actual = await ours.db('g').collection('rows').aggregate(pipeline).toArray();
        expect({ pipeline, groups: actual }).toEqual({ pipeline, groups: expected });
        if ((await ours.db('admin').command({ pecgCounters: 1 })).countGroups > before) computedHere.push(JSON.stringify(pipeline[1].$group._id));
      }
      // the statistics' shapes are computed by the extension (arrays and missing key fields go to stock)
      expect(computedHere).toEqual(
        expect.arrayContaining([
          'null',
          '"$status"',
          '"$level"',
          '"$enterpriseId"',
          '"$day"',
          '"$flag"',
          JSON.stringify({ k0: '$status', k1: { $gt: ['$decidedAt', null] } }),
          JSON.stringify({ k0: '$status', k1: '$month', k2: { $gt: ['$decidedAt', null] } }),
        ]),
      );
      expect(computedHere).not.toContain('"$tags"');
    });
  }, 120_000);
});
