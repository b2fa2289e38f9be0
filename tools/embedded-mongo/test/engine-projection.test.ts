import { BSON, ObjectId, type Document } from 'mongodb';
import { oursAndStock } from './support/stock-server';

/**
 * The extension applies a `$project` that only includes top-level fields itself (after an indexed
 * `$match`, and on the candidates of "the latest N per parent"), not through stock's ProjectStage.
 * The same pipelines in stock mongo-java-server 1.47.0 and in the extended engine must return the
 * same documents with their fields in the same order: `_id` first unless the projection names it
 * (where it names it), `_id: 0`, missing fields, null, arrays and sub-documents, projections stock
 * still runs (paths, expressions, exclusions) and two projections in a row.
 */

function documents(): Document[] {
  return Array.from({ length: 120 }, (_, i) => {
    const doc: Document = { _id: i % 4 ? `d${String(i).padStart(3, '0')}` : new ObjectId(), parent: `p${i % 6}`, n: (i * 37) % 50 };
    if (i % 3) doc.a = i % 5 ? `a${i}` : null;
    if (i % 4) doc.b = i % 2 ? [i, `b${i}`] : { x: i, y: { z: `z${i}` } };
    if (i % 5) doc.d = { x: i, y: { z: `z${i}` } }; // (stock fails to encode a path projected through an array)
    doc.c = i % 7 === 0 ? true : i;
    return doc;
  });
}

const PROJECTIONS: Document[] = [
  { a: 1 },
  { b: 1, a: 1, parent: 1, n: 1 },
  { a: 1, _id: 0, parent: 1, n: 1 },
  { n: 1, _id: 1, parent: true, b: 1 },
  { missing: 1, parent: 1, n: 1 },
  { 'd.y.z': 1, parent: 1, n: 1 }, // a path: stock's
  { parent: 1, n: 1, twice: { $multiply: ['$n', 2] } }, // an expression: stock's
  { b: 0, c: 0 }, // an exclusion: stock's
];

describe('embedded engine: inclusion projections equal stock mongo-java-server', () => {
  const engines = oursAndStock('projection');

  it('returns the same documents, fields in the same order, after an indexed $match and in the latest N per parent', async () => {
    const docs = documents();
    await engines.run(async (ours, stock) => {
      const indexed = ours.db('p').collection('indexed');
      await indexed.insertMany(docs.map((d) => ({ ...d })));
      await indexed.createIndex({ parent: 1, n: -1 });
      const reference = stock.db('p').collection('rows');
      await reference.insertMany(docs.map((d) => ({ ...d })));
      // the canonical extended JSON keeps the fields' order and their BSON types
      const text = (rows: Document[]) => rows.map((r) => BSON.EJSON.stringify(r, { relaxed: false }));
      const match = { $match: { parent: { $in: ['p1', 'p2', 'p5'] } } };
      const pipelines: Document[][] = [];
      for (const projection of PROJECTIONS) {
        pipelines.push([match, { $project: projection }]);
        pipelines.push([match, { $sort: { n: -1, _id: 1 } }, { $limit: 7 }, { $project: projection }]);
        if (!('b' in projection && projection.b === 0)) {
          // as the storage adapter builds "the latest N per parent": project, sort by parent, group, slice
          pipelines.push([
            match,
            { $project: projection },
            { $sort: { parent: 1, n: -1, _id: 1 } },
            { $group: { _id: '$parent', docs: { $push: '$$ROOT' } } },
            { $project: { docs: { $slice: ['$docs', 3] } } },
          ]);
        }
      }
      pipelines.push([match, { $project: { a: 1, b: 1, n: 1 } }, { $project: { n: 1, a: 1 } }]);
      for (const pipeline of pipelines) {
        // without a $sort the order of the rows is not part of the contract (the fields' order is)
        const unordered = !pipeline.some((stage) => '$sort' in stage);
        const rows = async (rowsOf: Promise<Document[]>) => (unordered ? text(await rowsOf).sort() : text(await rowsOf));
        const expected = await rows(reference.aggregate(pipeline).toArray());
        const actual = await rows(indexed.aggregate(pipeline).toArray());
        expect({ pipeline, actual }).toEqual({ pipeline, actual: expected });
      }
    });
  }, 120_000);
});
