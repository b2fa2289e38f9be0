import { Double, Int32, Long, ObjectId, type Document } from 'mongodb';
import { seededRandom } from '@pecg/demo';
import { oursAndStock } from './support/stock-server';

/**
 * The extension sorts documents (sorted finds, sorted pages walked from an index, "the latest N per
 * parent") and orders index keys with its own comparison of the common value types, not stock's
 * ValueComparator: the same documents in stock mongo-java-server 1.47.0 and in the extended engine
 * must come back in the same order — strings, int / long / double (also -0.0 and NaN), booleans,
 * dates, ObjectIds, null, missing fields and arrays, ascending and descending, with and without an
 * index, and as the latest N of each parent.
 */

function documents(): Document[] {
  const rnd = seededRandom(11);
  const oids = Array.from({ length: 5 }, () => new ObjectId());
  const value = (): unknown => {
    const k = Math.floor(rnd() * 14);
    const n = Math.floor(rnd() * 5) - 2;
    switch (k) {
      case 0:
        return new Int32(n);
      case 1:
        return new Double(n + 0.5);
      case 2:
        return Long.fromNumber(n);
      case 3:
        return new Double(n);
      case 4:
        return `s${Math.floor(rnd() * 6)}`;
      case 5:
        return oids[Math.floor(rnd() * oids.length)];
      case 6:
        return new Date(Date.UTC(2026, 0, 1 + Math.floor(rnd() * 9)));
      case 7:
        return rnd() < 0.5;
      case 8:
        return null;
      case 9:
        return [n, `s${n + 2}`];
      case 10:
        return new Double(rnd() < 0.5 ? -0 : 0);
      case 11:
        return rnd() < 0.2 ? new Double(NaN) : `s${n + 3}`;
      default:
        return undefined; // missing
    }
  };
  return Array.from({ length: 300 }, (_, i) => {
    const doc: Document = { _id: i % 3 ? `d${String(i).padStart(4, '0')}` : new ObjectId(), parent: `p${i % 7}` };
    for (const field of ['a', 'b']) {
      const v = value();
      if (v !== undefined) doc[field] = v;
    }
    doc.n = Math.floor(rnd() * 50);
    return doc;
  });
}

/** Each ends with _id: the order of ties is not part of the contract (stock leaves them in its file's key order). */
const SORTS: Document[] = [
  { a: 1, _id: 1 },
  { a: -1, _id: 1 },
  { b: -1, a: 1, _id: -1 },
  { n: -1, _id: 1 },
  { parent: 1, n: -1, _id: 1 },
];

describe('embedded engine: sorting equals stock mongo-java-server', () => {
  const engines = oursAndStock('order');

  it('returns sorted finds, sorted pages and the latest N per parent in the same order', async () => {
    const docs = documents();
    await engines.run(async (ours, stock) => {
      const plain = ours.db('o').collection('plain');
      const indexed = ours.db('o').collection('indexed');
      await plain.insertMany(docs.map((d) => ({ ...d })));
      await indexed.insertMany(docs.map((d) => ({ ...d })));
      await indexed.createIndex({ a: 1 });
      await indexed.createIndex({ parent: 1, n: -1, _id: 1 });
      await indexed.createIndex({ n: 1 });
      const reference = stock.db('o').collection('rows');
      await reference.insertMany(docs.map((d) => ({ ...d })));
      // each row with its sort values, so a failure shows which values were ordered differently
      const order = (rows: Document[]) => rows.map((d) => `${String(d._id)} a=${JSON.stringify(d.a)} b=${JSON.stringify(d.b)} n=${d.n}`);
      for (const sort of SORTS) {
        for (const [filter, limit] of [
          [{}, 0],
          [{}, 17],
          [{ parent: 'p3' }, 5],
          [{ parent: { $in: ['p1', 'p2'] } }, 0],
        ] as Array<[Document, number]>) {
          const expected = order(await reference.find(filter).sort(sort).limit(limit).toArray());
          for (const collection of [plain, indexed]) {
            const actual = order(await collection.find(filter).sort(sort).limit(limit).toArray());
            expect({ collection: collection.collectionName, sort, filter, limit, actual }).toEqual({
              collection: collection.collectionName,
              sort,
              filter,
              limit,
              actual: expected,
            });
          }
        }
      }
      const latest = [
        { $match: { parent: { $in: ['p0', 'p2', 'p4', 'p6'] } } },
        { $sort: { parent: 1, n: -1, _id: 1 } },
        { $group: { _id: '$parent', docs: { $push: '$$ROOT' } } },
        { $project: { docs: { $slice: ['$docs', 4] } } },
      ];
      const byParent = (rows: Document[]) => rows.map((r) => ({ _id: r._id, docs: order(r.docs as Document[]) }));
      expect(byParent(await indexed.aggregate(latest).toArray())).toEqual(byParent(await reference.aggregate(latest).toArray()));
    });
  }, 120_000);
});
