import { ObjectId } from 'mongodb';
import { useConformanceDatabase } from './fixture';

const hex = (id: ObjectId) => id.toHexString();

interface Child {
  _id: ObjectId;
  enterpriseId: ObjectId;
  submittedAt: Date;
  status: string;
  amount?: number;
}

/** Deterministic children: parent i has i % 9 of them. */
function children(parents: ObjectId[]): Child[] {
  const docs: Child[] = [];
  parents.forEach((enterpriseId, p) => {
    for (let k = 0; k < p % 9; k++) {
      docs.push({
        _id: new ObjectId(),
        enterpriseId,
        submittedAt: new Date(Date.UTC(2024, 0, 1 + ((k * 7 + p) % 4))),
        status: ['SUBMITTED', 'ACCEPTED', 'REJECTED'][(k + p) % 3],
        amount: (k * 13 + p * 7) % 50,
      });
    }
  });
  return docs;
}

/** Engine conformance: the aggregations statistics rely on (one $group, all accumulators in it). */
describe('engine conformance: aggregation', () => {
  const t = useConformanceDatabase('aggregation');

  it('one $group with $sum of 1, $sum of a field, $avg, $min, $max and $push returns every accumulator right', async () => {
    const apps = t.db.collection<Child>('applications');
    const parents = Array.from({ length: 10 }, () => new ObjectId());
    const docs = children(parents);
    delete docs[0].amount; // a missing field: ignored by $sum, $avg, $min and $max
    await apps.insertMany(docs);
    const rows = await apps
      .aggregate([
        { $match: { submittedAt: { $gte: new Date(Date.UTC(2024, 0, 1)) } } },
        {
          $group: {
            _id: '$status',
            count: { $sum: 1 },
            total: { $sum: '$amount' },
            average: { $avg: '$amount' },
            least: { $min: '$amount' },
            most: { $max: '$amount' },
            ids: { $push: '$_id' },
          },
        },
        { $sort: { _id: 1 } },
      ])
      .toArray();
    const statuses = [...new Set(docs.map((d) => d.status))].sort();
    expect(rows.map((r) => r._id)).toEqual(statuses);
    for (const row of rows) {
      const group = docs.filter((d) => d.status === row._id);
      const amounts = group.flatMap((d) => (d.amount === undefined ? [] : [d.amount]));
      expect(row.count).toBe(group.length);
      expect(row.total).toBe(amounts.reduce((a, b) => a + b, 0));
      expect(row.average).toBeCloseTo(amounts.reduce((a, b) => a + b, 0) / amounts.length, 10);
      expect(row.least).toBe(Math.min(...amounts));
      expect(row.most).toBe(Math.max(...amounts));
      expect((row.ids as ObjectId[]).map(hex).sort()).toEqual(group.map((d) => hex(d._id)).sort());
    }
    // over everything ($group _id null), and an empty match gives no row at all
    const [all] = await apps
      .aggregate([
        { $group: { _id: null, count: { $sum: 1 }, total: { $sum: '$amount' }, missing: { $sum: '$noSuchField' }, average: { $avg: '$noSuchField' } } },
      ])
      .toArray();
    expect(all).toEqual({ _id: null, count: docs.length, total: docs.reduce((a, d) => a + (d.amount ?? 0), 0), missing: 0, average: null });
    expect(await apps.aggregate([{ $match: { status: 'NONE' } }, { $group: { _id: null, count: { $sum: 1 } } }]).toArray()).toEqual([]);
  });

  it('$unwind then $group counts array elements (documents without the array drop out)', async () => {
    const volunteers = t.db.collection('volunteers');
    await volunteers.insertMany([
      { duties: ['MEDIATION', 'PATROL'] },
      { duties: ['PATROL'] },
      { duties: [] },
      {},
      { duties: ['MEDIATION', 'LEGAL', 'PATROL'] },
    ]);
    const rows = await volunteers.aggregate([{ $unwind: '$duties' }, { $group: { _id: '$duties', count: { $sum: 1 } } }, { $sort: { _id: 1 } }]).toArray();
    expect(rows).toEqual([
      { _id: 'LEGAL', count: 1 },
      { _id: 'MEDIATION', count: 2 },
      { _id: 'PATROL', count: 3 },
    ]);
  });

  it('grouping by a key with null and missing values puts both in the null group (countBy)', async () => {
    const needs = t.db.collection('needs');
    await needs.insertMany([{ category: 'SAFETY' }, { category: null }, {}, { category: 'SAFETY' }, { category: 'FINANCE' }]);
    const rows = await needs.aggregate([{ $match: {} }, { $group: { _id: '$category', count: { $sum: 1 } } }, { $sort: { _id: 1 } }]).toArray();
    expect(rows).toEqual([
      { _id: null, count: 2 },
      { _id: 'FINANCE', count: 1 },
      { _id: 'SAFETY', count: 2 },
    ]);
  });
});
