import { Schema, Types, type Model } from 'mongoose';
import { connectDatabase, ensureIndexes, type DatabaseHandle } from '../src/db/connection';
import { countBy, latestPerParent } from '../src/db/storage';
import type { Caller, Role } from '../src/identity';
import { paginate } from '../src/pagination';
import { asSystem, maySeeEnterprise, READ_POLICY, runWithAccessScope, scopedBy } from '../src/read-policy';
import { dropDatabase, testMongoUri, uniqueDatabaseName } from '@pecg/testing';

interface Firm {
  _id: Types.ObjectId;
  name: string;
}
interface Filing {
  _id: Types.ObjectId;
  enterpriseId: Types.ObjectId;
  status: string;
  at: Date;
}
interface Case {
  _id: Types.ObjectId;
  enterpriseIds: Types.ObjectId[];
  title: string;
}

const A = new Types.ObjectId();
const B = new Types.ObjectId();
const C = new Types.ObjectId();

/**
 * READ_POLICY enforced by the storage layer: the same model calls return only what the running
 * request's caller may see — finds, lookups by id, counts, distinct values, aggregations (with and
 * without a leading $match), conditional writes and page totals — on the real database.
 */
describe('the read policy on every read of a scoped model', () => {
  const dbName = uniqueDatabaseName('read_policy');
  let db: DatabaseHandle;
  let Firms: Model<Firm>;
  let Filings: Model<Filing>;
  let Cases: Model<Case>;

  const as = <T>(role: Role, fn: () => Promise<T>, extra: Partial<Caller> = {}, subgraph = 'filings') =>
    runWithAccessScope({ caller: { subject: `${role}-1`, role, ...extra }, subgraph }, fn);
  const asA = <T>(fn: () => Promise<T>) => as('ENTERPRISE', fn, { enterpriseId: A.toHexString() });

  beforeAll(async () => {
    db = await connectDatabase(testMongoUri(), dbName);
    const firms = new Schema<Firm>({ name: String }, { versionKey: false });
    scopedBy(firms, { kind: 'enterprise' });
    const filings = new Schema<Filing>({ enterpriseId: Schema.Types.ObjectId, status: String, at: Date }, { versionKey: false });
    filings.index({ enterpriseId: 1, at: -1 });
    scopedBy(filings, { kind: 'record', field: 'enterpriseId' });
    const cases = new Schema<Case>({ enterpriseIds: [Schema.Types.ObjectId], title: String }, { versionKey: false });
    cases.index({ enterpriseIds: 1 });
    scopedBy(cases, { kind: 'record', field: 'enterpriseIds' });
    Firms = db.connection.model<Firm>('Firm', firms);
    Filings = db.connection.model<Filing>('Filing', filings);
    Cases = db.connection.model<Case>('Case', cases);
    await ensureIndexes(db.connection);
    await Firms.insertMany([A, B, C].map((_id, i) => ({ _id, name: `firm-${i}` })));
    const day = (n: number) => new Date(Date.UTC(2026, 0, n));
    await Filings.insertMany([
      ...[1, 2, 3].map((n) => ({ enterpriseId: A, status: n === 3 ? 'OPEN' : 'DONE', at: day(n) })),
      ...[4, 5, 6, 7].map((n) => ({ enterpriseId: B, status: 'OPEN', at: day(n) })),
      { enterpriseId: C, status: 'DONE', at: day(8) },
    ]);
    await Cases.insertMany([
      { enterpriseIds: [A, B], title: 'A and B' },
      { enterpriseIds: [B, C], title: 'B and C' },
      { enterpriseIds: [C], title: 'C alone' },
    ]);
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(dbName);
  });

  it('the table: ENTERPRISE sees its own, DEPARTMENT its department, everyone else all', () => {
    expect(READ_POLICY.ENTERPRISE).toEqual({ enterprises: 'OWN_ENTERPRISE', records: 'OWN_ENTERPRISE' });
    expect(READ_POLICY.DEPARTMENT).toEqual({ enterprises: 'ALL', records: 'OWN_DEPARTMENT' });
    for (const role of ['ADMIN', 'POLICE', 'MEDIATOR', 'ANALYST'] as const) expect(READ_POLICY[role]).toEqual({ enterprises: 'ALL', records: 'ALL' });
  });

  it('outside a request (seeds, jobs) and for ADMIN every document is read', async () => {
    expect(await Filings.countDocuments({})).toBe(8);
    expect(await as('ADMIN', () => Filings.countDocuments({}))).toBe(8);
    expect(await as('ANALYST', async () => (await Firms.find({}).lean()).length)).toBe(3);
  });

  it('an ENTERPRISE caller finds, counts and looks up only its own records and its own enterprise', async () => {
    await asA(async () => {
      const own = await Filings.find({}).lean();
      expect(own.length).toBe(3);
      expect(own.every((f) => f.enterpriseId.equals(A))).toBe(true);
      expect(await Filings.countDocuments({ status: 'OPEN' })).toBe(1);
      expect(await Filings.findOne({ enterpriseId: B }).lean()).toBeNull();
      expect((await Filings.distinct('enterpriseId')).map(String)).toEqual([A.toHexString()]);
      expect((await Firms.find({ _id: { $in: [A, B, C] } }).lean()).map((f) => f.name)).toEqual(['firm-0']);
      expect(await Firms.findById(B).lean()).toBeNull();
      const cases = await Cases.find({}).lean();
      expect(cases.map((c) => c.title)).toEqual(['A and B']);
    });
  });

  it('aggregations and statistics are scoped, with or without a leading $match', async () => {
    await asA(async () => {
      expect(await countBy(Filings, {}, 'status')).toEqual(
        expect.arrayContaining([
          { key: 'DONE', count: 2 },
          { key: 'OPEN', count: 1 },
        ]),
      );
      const all = await Filings.aggregate<{ n: number }>([{ $group: { _id: null, n: { $sum: 1 } } }]);
      expect(all[0].n).toBe(3);
      const latest = await latestPerParent(Filings, 'enterpriseId', [A.toHexString(), B.toHexString()], 2, { sort: { at: -1 } });
      expect([...latest.keys()].map(String)).toEqual([A.toHexString()]);
    });
  });

  it('page totals count only what the caller sees (no whole-collection estimate)', async () => {
    const total = await asA(async () => {
      const page = await paginate(Filings, {}, { first: 1 }, { sortFields: { AT: 'at' }, defaultSort: { field: 'AT' as const } });
      expect(page.edges).toHaveLength(1);
      return page.totalCount();
    });
    expect(total).toBe(3);
  });

  it("a conditional write on another enterprise's record misses, as if it did not exist", async () => {
    const other = await Filings.findOne({ enterpriseId: B }).lean();
    expect(other).not.toBeNull();
    const result = await asA(() => Filings.findOneAndUpdate({ _id: other!._id }, { $set: { status: 'DONE' } }, { new: true }).lean());
    expect(result).toBeNull();
    expect((await Filings.findById(other!._id).lean())!.status).toBe('OPEN');
  });

  it('asSystem lets a domain step count across tenants inside a request', async () => {
    await asA(async () => {
      expect(await Filings.countDocuments({ status: 'OPEN' })).toBe(1);
      expect(await asSystem(() => Filings.countDocuments({ status: 'OPEN' }))).toBe(5);
      expect(await Filings.countDocuments({ status: 'OPEN' })).toBe(1);
    });
  });

  it('a DEPARTMENT caller sees the records of its own subgraph only, and the enterprise directory', async () => {
    expect(await as('DEPARTMENT', () => Filings.countDocuments({}), { department: 'filings' })).toBe(8);
    expect(await as('DEPARTMENT', () => Filings.countDocuments({}), { department: 'mediation' })).toBe(0);
    expect(await as('DEPARTMENT', () => Firms.countDocuments({}), { department: 'mediation' })).toBe(3);
  });

  it('fails closed: an ENTERPRISE caller without a valid enterprise id sees nothing', async () => {
    expect(await as('ENTERPRISE', () => Filings.countDocuments({}))).toBe(0);
    expect(await as('ENTERPRISE', () => Firms.countDocuments({}), { enterpriseId: 'not-an-id' })).toBe(0);
  });

  it('maySeeEnterprise answers the same rule for values that did not come from a read', async () => {
    expect(maySeeEnterprise(B)).toBe(true);
    await asA(async () => {
      expect(maySeeEnterprise(A)).toBe(true);
      expect(maySeeEnterprise(B.toHexString())).toBe(false);
      expect(maySeeEnterprise([B, A])).toBe(true);
    });
  });
});
