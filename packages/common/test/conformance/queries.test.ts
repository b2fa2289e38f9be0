import { ObjectId, type Document } from 'mongodb';
import { Schema } from 'mongoose';
import { connectDatabase } from '../../src/db/connection';
import { paginate } from '../../src/pagination';
import { testMongoUri } from '@pecg/testing';
import { useConformanceDatabase } from './fixture';

const ids = (docs: Document[]) => docs.map((d) => String(d._id));
const byHex = (a: ObjectId, b: ObjectId) => (a.toHexString() < b.toHexString() ? -1 : a.toHexString() > b.toHexString() ? 1 : 0);

/** Engine conformance: the query operators, sorts and cursor behaviour the subgraphs rely on. */
describe('engine conformance: queries', () => {
  const t = useConformanceDatabase('queries');

  const enterpriseIds = [new ObjectId(), new ObjectId(), new ObjectId()];
  const fixtures = () => [
    {
      name: '杭州警企共治示范企业',
      enterpriseId: enterpriseIds[0],
      status: 'SUBMITTED',
      decidedAt: null,
      commitment: { status: 'PENDING' },
      submittedAt: new Date('2024-03-01T02:00:00Z'),
    },
    {
      name: '西湖区ABC科技有限公司',
      enterpriseId: enterpriseIds[0],
      status: 'ACCEPTED',
      decidedAt: new Date('2024-03-05T00:00:00Z'),
      submittedAt: new Date('2024-03-01T02:00:00Z'),
    },
    {
      name: '滨江(高新)园区服务中心',
      enterpriseId: enterpriseIds[1],
      status: 'REJECTED',
      decidedAt: new Date('2024-03-06T00:00:00Z'),
      commitment: { status: 'KEPT' },
      submittedAt: new Date('2024-02-01T00:00:00Z'),
    },
    { name: 'abc trading', enterpriseId: enterpriseIds[1], status: 'SUBMITTED', submittedAt: new Date('2024-04-01T00:00:00Z') },
    { name: '萧山物流', enterpriseId: enterpriseIds[2], status: 'UNDER_REVIEW', decidedAt: null, submittedAt: new Date('2024-03-01T02:00:00Z') },
  ];

  it('countDocuments, distinct, $in / $nin on ObjectIds, $or, $and, dotted paths', async () => {
    const apps = t.db.collection('applications');
    await apps.insertMany(fixtures());
    expect(await apps.countDocuments({})).toBe(5);
    expect(await apps.countDocuments({ status: 'SUBMITTED' })).toBe(2);
    const distinct = await apps.distinct('enterpriseId', { status: { $in: ['SUBMITTED', 'UNDER_REVIEW'] } });
    expect(distinct.map(String).sort()).toEqual([enterpriseIds[0], enterpriseIds[1], enterpriseIds[2]].map(String).sort());
    expect(await apps.countDocuments({ enterpriseId: { $in: [enterpriseIds[0], enterpriseIds[2]] } })).toBe(3);
    expect(await apps.countDocuments({ enterpriseId: { $nin: [enterpriseIds[0], enterpriseIds[2]] } })).toBe(2);
    const overdue = await apps
      .find({
        $or: [
          { status: 'SUBMITTED', submittedAt: { $lt: new Date('2024-03-15T00:00:00Z') } },
          { status: { $in: ['UNDER_REVIEW'] }, decidedAt: null },
        ],
      })
      .toArray();
    expect(overdue.map((d) => d.name).sort()).toEqual(['杭州警企共治示范企业', '萧山物流'].sort());
    expect(await apps.countDocuments({ $and: [{ enterpriseId: enterpriseIds[0] }, { status: { $ne: 'ACCEPTED' } }] })).toBe(1);
    expect(await apps.countDocuments({ 'commitment.status': 'PENDING', status: { $in: ['SUBMITTED', 'UNDER_REVIEW'] } })).toBe(1);
  });

  it('null, missing and $exists: { f: null } matches both, $ne: null neither, $exists tells them apart', async () => {
    const apps = t.db.collection('applications');
    await apps.insertMany(fixtures()); // decidedAt: null ×2, a date ×2, missing ×1
    expect(await apps.countDocuments({ decidedAt: null })).toBe(3);
    expect(await apps.countDocuments({ decidedAt: { $ne: null } })).toBe(2);
    expect(await apps.countDocuments({ decidedAt: { $exists: true } })).toBe(4);
    expect(await apps.countDocuments({ decidedAt: { $exists: false } })).toBe(1);
    expect(await apps.countDocuments({ commitment: { $exists: false } })).toBe(3);
    expect(await apps.distinct('decidedAt', { decidedAt: { $ne: null } })).toHaveLength(2);
  });

  it('a case-insensitive regex matches CJK names and mixed Latin case, escaped metacharacters literally', async () => {
    const apps = t.db.collection('applications');
    await apps.insertMany(fixtures());
    const names = async (pattern: RegExp) => (await apps.find({ name: pattern }).toArray()).map((d) => d.name).sort();
    expect(await names(/警企/i)).toEqual(['杭州警企共治示范企业']);
    expect(await names(/abc/i)).toEqual(['abc trading', '西湖区ABC科技有限公司'].sort());
    expect(await names(new RegExp('\\(高新\\)', 'i'))).toEqual(['滨江(高新)园区服务中心']);
    expect(await names(/^萧山/i)).toEqual(['萧山物流']);
    expect(await apps.countDocuments({ name: { $regex: 'ABC', $options: 'i' } })).toBe(2);
  });

  it('sort on a date with an _id tie-breaker and a limit returns the same order as JS', async () => {
    const apps = t.db.collection('applications');
    const docs = Array.from({ length: 60 }, (_, i) => ({ _id: new ObjectId(), submittedAt: new Date(Date.UTC(2024, 0, 1 + (i % 7))), i }));
    await apps.insertMany([...docs].reverse());
    const expected = [...docs].sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime() || byHex(b._id, a._id));
    const page = await apps.find({}).sort({ submittedAt: -1, _id: -1 }).limit(25).toArray();
    expect(ids(page)).toEqual(ids(expected.slice(0, 25)));
    const ascending = await apps
      .find({ submittedAt: { $gte: new Date(Date.UTC(2024, 0, 3)) } })
      .sort({ submittedAt: 1, _id: 1 })
      .limit(10)
      .toArray();
    expect(ids(ascending)).toEqual(
      ids(
        [...expected]
          .reverse()
          .filter((d) => d.submittedAt >= new Date(Date.UTC(2024, 0, 3)))
          .slice(0, 10),
      ),
    );
  });

  it('null and missing sort first ascending and last descending', async () => {
    const apps = t.db.collection('applications');
    await apps.insertMany([
      { _id: 1, decidedAt: new Date('2024-01-02') } as Document,
      { _id: 2, decidedAt: null },
      { _id: 3 },
      { _id: 4, decidedAt: new Date('2024-01-01') },
    ]);
    expect((await apps.find({}).sort({ decidedAt: 1, _id: 1 }).toArray()).map((d) => d._id)).toEqual([2, 3, 4, 1]);
    expect((await apps.find({}).sort({ decidedAt: -1, _id: -1 }).toArray()).map((d) => d._id)).toEqual([1, 4, 3, 2]);
  });

  it('projections return only the asked fields (inclusion with dotted paths, exclusion)', async () => {
    const apps = t.db.collection('applications');
    await apps.insertMany(fixtures());
    const included = await apps.findOne({ 'commitment.status': 'KEPT' }, { projection: { name: 1, 'commitment.status': 1 } });
    expect(Object.keys(included!).sort()).toEqual(['_id', 'commitment', 'name']);
    expect(included!.commitment).toEqual({ status: 'KEPT' });
    const excluded = await apps.findOne({ 'commitment.status': 'KEPT' }, { projection: { _id: 0, commitment: 0, submittedAt: 0 } });
    expect(Object.keys(excluded!).sort()).toEqual(['decidedAt', 'enterpriseId', 'name', 'status']);
  });

  it('cursor batching: batchSize(n + 1) with limit(n + 1) answers in the first reply (no getMore)', async () => {
    const items = t.db.collection('items');
    await items.insertMany(Array.from({ length: 250 }, (_, i) => ({ i, group: i % 2 })));
    const getMores = () => t.commands.filter((c) => c.commandName === 'getMore').length;
    for (const n of [20, 50, 100]) {
      t.commands.length = 0;
      const docs = await items
        .find({})
        .sort({ i: 1 })
        .limit(n + 1)
        .batchSize(n + 1)
        .toArray();
      expect(docs.map((d) => d.i)).toEqual(Array.from({ length: n + 1 }, (_, i) => i));
      expect(getMores()).toBe(0);
    }
    // a batch size covering the whole result answers in one reply too (the DataLoader reads)
    t.commands.length = 0;
    expect(await items.find({ group: 1 }).batchSize(200).toArray()).toHaveLength(125);
    expect(getMores()).toBe(0);
    // control: a small batch without a limit needs getMore (so the monitor does see them)
    t.commands.length = 0;
    expect(await items.find({}).batchSize(40).toArray()).toHaveLength(250);
    expect(getMores()).toBeGreaterThan(0);
  });

  it('paginate (mongoose find … limit + batchSize) walks every page in order, one find per page and no getMore', async () => {
    const handle = await connectDatabase(testMongoUri(), t.dbName);
    try {
      const Need = handle.connection.model('Need', new Schema({ title: String, dueOn: Date }, { versionKey: false }), 'needs');
      const docs = Array.from({ length: 57 }, (_, i) => ({
        _id: new ObjectId(),
        title: `需求${i}`,
        dueOn: i % 5 === 0 ? null : new Date(Date.UTC(2024, 5, 1 + (i % 4))),
      }));
      await Need.insertMany(docs);
      const time = (d: { dueOn: Date | null }) => (d.dueOn ? d.dueOn.getTime() : -Infinity);
      for (const direction of ['ASC', 'DESC'] as const) {
        const sign = direction === 'ASC' ? 1 : -1;
        const expected = [...docs].sort((a, b) => sign * (time(a) - time(b) || byHex(a._id, b._id)));
        const seen: string[] = [];
        let after: string | null = null;
        const options = { sortFields: { dueOn: 'dueOn' }, defaultSort: { field: 'dueOn' as const } };
        do {
          handle.roundTrips.reset();
          const page: Awaited<ReturnType<typeof paginate>> = await paginate(Need, {}, { first: 10, after, sort: { field: 'dueOn', direction } }, options);
          expect(Object.fromEntries(handle.roundTrips.byCommand)).toEqual({ find: 1 });
          seen.push(...page.edges.map((e) => String((e.node as { _id: ObjectId })._id)));
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after);
        expect(seen).toEqual(ids(expected));
      }
    } finally {
      await handle.close();
    }
  });
});
