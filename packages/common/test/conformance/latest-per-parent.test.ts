import { ObjectId, type Document } from 'mongodb';
import { connectDatabase, type DatabaseHandle } from '../../src/db/connection';
import { latestPerParentPipeline, latestStrategyOf, type LatestStrategy } from '../../src/db/storage';
import { testMongoUri } from '@pecg/testing';
import { useConformanceDatabase } from './fixture';

const hex = (id: ObjectId) => id.toHexString();
const byHex = (a: ObjectId, b: ObjectId) => (hex(a) < hex(b) ? -1 : hex(a) > hex(b) ? 1 : 0);

interface Child {
  _id: ObjectId;
  enterpriseId: ObjectId;
  submittedAt: Date;
  status: string;
  title: string;
}

const N = 3;

/** Parent p has p % 9 children; dates repeat so the _id tie-breaker decides. */
function children(parents: ObjectId[]): Child[] {
  return parents.flatMap((enterpriseId, p) =>
    Array.from({ length: p % 9 }, (_, k) => ({
      _id: new ObjectId(),
      enterpriseId,
      submittedAt: new Date(Date.UTC(2024, 0, 1 + ((k * 7 + p) % 4))),
      status: k % 3 === 0 ? 'WITHDRAWN' : 'SUBMITTED',
      title: `申请${p}-${k}`,
    })),
  );
}

/** The latest `n` children of each asked parent (submittedAt desc, then _id desc) that pass `keep`, in JS. */
function latestInJs(docs: Child[], asked: ObjectId[], n: number, keep: (d: Child) => boolean = () => true): Map<string, string[]> {
  const wanted = new Set(asked.map(hex));
  const groups = new Map<string, Child[]>();
  for (const doc of docs.filter((d) => wanted.has(hex(d.enterpriseId)) && keep(d)))
    groups.set(hex(doc.enterpriseId), [...(groups.get(hex(doc.enterpriseId)) ?? []), doc]);
  const order = (a: Child, b: Child) => b.submittedAt.getTime() - a.submittedAt.getTime() || byHex(b._id, a._id);
  return new Map(
    [...groups].map(([parent, list]) => [
      parent,
      list
        .sort(order)
        .slice(0, n)
        .map((d) => hex(d._id)),
    ]),
  );
}

const SORT = { submittedAt: -1, _id: -1 } as const;

/** Written out by hand, independent of the adapter: $match → $sort → $group $push → $project $slice. */
const pushSlice = (asked: ObjectId[], n: number): Document[] => [
  { $match: { enterpriseId: { $in: asked } } },
  { $sort: { enterpriseId: 1, ...SORT } },
  { $group: { _id: '$enterpriseId', items: { $push: '$$ROOT' } } },
  { $project: { items: { $slice: ['$items', n] } } },
];
const topN = (asked: ObjectId[], n: number): Document[] => [
  { $match: { enterpriseId: { $in: asked } } },
  { $group: { _id: '$enterpriseId', items: { $topN: { n, sortBy: SORT, output: '$$ROOT' } } } },
];

const asMap = (rows: Document[], field = 'items') => new Map(rows.map((r) => [hex(r._id as ObjectId), (r[field] as Child[]).map((d) => hex(d._id))]));

/**
 * Engine conformance: "latest N per parent" (an enterprise's latest applications, disputes,
 * registrations for every enterprise of a page) is computed in the database and returns at most N
 * per parent. The adapter picks $topN on MongoDB ≥ 5.2 and $push/$slice elsewhere
 * (`latestStrategyOf`); both must give what JS computes.
 */
describe('engine conformance: latest N per parent', () => {
  const t = useConformanceDatabase('latest');
  let handle: DatabaseHandle | undefined;
  let detected: LatestStrategy;

  beforeAll(async () => {
    handle = await connectDatabase(testMongoUri(), 'admin');
    detected = await latestStrategyOf(handle.connection);
  });
  afterAll(async () => {
    await handle?.close();
  });

  const load = async () => {
    const apps = t.db.collection<Child>('applications');
    await apps.createIndex({ enterpriseId: 1, submittedAt: -1 });
    const parents = Array.from({ length: 14 }, () => new ObjectId());
    const docs = children(parents);
    await apps.insertMany([...docs].reverse());
    // 9 parents with 0…8 children (one with none) and an id no document has
    const asked = [...parents.slice(0, 9), new ObjectId()];
    return { apps, docs, asked };
  };

  it('$sort → $group $push → $project $slice: at most N per parent, newest first, equal to JS', async () => {
    const { apps, docs, asked } = await load();
    const got = asMap(await apps.aggregate(pushSlice(asked, N)).toArray());
    expect(got).toEqual(latestInJs(docs, asked, N));
    expect(got.size).toBe(8); // a parent without children has no row
    expect(Math.max(...[...got.values()].map((items) => items.length))).toBe(N);
  });

  it('$topN gives the same where the adapter detects it (MongoDB ≥ 5.2); elsewhere the server refuses it', async () => {
    const { apps, docs, asked } = await load();
    if (detected === 'topN') {
      expect(asMap(await apps.aggregate(topN(asked, N)).toArray())).toEqual(latestInJs(docs, asked, N));
    } else {
      // the detection is right not to choose it here
      await expect(apps.aggregate(topN(asked, N)).toArray()).rejects.toThrow();
    }
  });

  it("the adapter's pipeline (latestPerParentPipeline) gives the JS answer with every strategy the server has", async () => {
    const { apps, docs, asked } = await load();
    const strategies: LatestStrategy[] = detected === 'topN' ? ['topN', 'pushSlice'] : ['pushSlice'];
    for (const strategy of strategies) {
      for (const n of [1, N, 10]) {
        const rows = await apps
          .aggregate(latestPerParentPipeline({ parentField: 'enterpriseId', keys: asked, n, sort: { submittedAt: -1 }, strategy }) as Document[])
          .toArray();
        expect(asMap(rows, 'docs')).toEqual(latestInJs(docs, asked, n));
      }
      // with a condition and a projection
      const rows = await apps
        .aggregate(
          latestPerParentPipeline({
            parentField: 'enterpriseId',
            keys: asked,
            n: N,
            sort: { submittedAt: -1 },
            where: { status: { $ne: 'WITHDRAWN' } },
            projection: { title: 1 },
            strategy,
          }) as Document[],
        )
        .toArray();
      expect(asMap(rows, 'docs')).toEqual(latestInJs(docs, asked, N, (d) => d.status !== 'WITHDRAWN'));
      const sample = rows.flatMap((r) => r.docs as Document[])[0];
      expect(Object.keys(sample).sort()).toEqual(['_id', 'enterpriseId', 'submittedAt', 'title']);
    }
  });
});
