import { Schema, Types, type Model } from 'mongoose';
import { connectDatabase, ensureIndexes, type DatabaseHandle } from '../src/db/connection';
import { aggregateGroups, isoWeekKey, type AggregateSpec, type TimeBucket } from '../src/aggregate';
import { dropDatabase, testMongoUri, uniqueDatabaseName } from '@pecg/testing';

interface Row {
  _id: Types.ObjectId;
  status: string;
  enterpriseId: Types.ObjectId | null;
  tags: string[];
  amount?: number | null;
  onTime?: boolean;
  at?: Date | null;
}

const STATUSES = ['OPEN', 'DONE', 'CLOSED'] as const;
const LABELS: Record<string, string> = { OPEN: '待办', DONE: '已办', CLOSED: '已关闭' };
type Dim = 'STATUS' | 'ENTERPRISE' | 'TAG' | 'TIME';
type Measure = 'amountYuan' | 'doneCount' | 'onTimeRate' | 'averageAmount';

const spec: AggregateSpec<Dim, Measure> = {
  entity: 'Row',
  dimensions: {
    STATUS: { field: 'status', order: STATUSES, label: (v) => LABELS[v] },
    ENTERPRISE: { field: 'enterpriseId', labels: async (ids) => new Map(ids.map((id) => [id, `企业${id.slice(-4)}`])) },
    TAG: { field: 'tags', array: true },
    TIME: { time: 'at' },
  },
  measures: {
    amountYuan: { sum: '$amount' },
    doneCount: { countIf: { $eq: ['$status', 'DONE'] } },
    onTimeRate: { rate: [{ $eq: ['$onTime', true] }, { $eq: ['$status', 'DONE'] }] },
    averageAmount: { avg: '$amount' },
  },
};

/** China Standard Time parts of an instant. */
function china(date: Date) {
  const shifted = new Date(date.getTime() + 8 * 3600_000);
  return { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate() };
}

function expectedTimeKey(date: Date | null | undefined, bucket: TimeBucket): string | null {
  if (!date) return null;
  const { y, m, d } = china(date);
  const p = (n: number) => String(n).padStart(2, '0');
  return { YEAR: `${y}`, QUARTER: `${y}-Q${Math.ceil(m / 3)}`, MONTH: `${y}-${p(m)}`, DAY: `${y}-${p(m)}-${p(d)}`, WEEK: isoWeekKey(y, m, d) }[bucket];
}

describe('aggregateGroups: the analysts’ aggregation API on the real database', () => {
  const dbName = uniqueDatabaseName('aggregate');
  let db: DatabaseHandle;
  let RowModel: Model<Row>;
  const enterprises = [new Types.ObjectId(), new Types.ObjectId(), new Types.ObjectId()];
  const docs: Row[] = [];

  beforeAll(async () => {
    db = await connectDatabase(testMongoUri(), dbName);
    const schema = new Schema<Row>(
      { status: String, enterpriseId: Schema.Types.ObjectId, tags: [String], amount: Number, onTime: Boolean, at: Date },
      { versionKey: false },
    );
    schema.index({ status: 1 });
    RowModel = db.connection.model<Row>('AggregateRow', schema);
    await ensureIndexes(db.connection);
    for (let i = 0; i < 120; i++) {
      docs.push({
        _id: new Types.ObjectId(),
        status: STATUSES[i % 3],
        enterpriseId: i % 7 === 0 ? null : enterprises[i % 3],
        tags: i % 5 === 0 ? [] : i % 2 ? ['a', 'b'] : ['a'],
        amount: i % 4 === 0 ? null : i * 10,
        onTime: i % 6 === 1,
        // 16:30 UTC is 00:30 the next day in China: day, week, month and year edges all fall in China time
        at: i % 11 === 0 ? null : new Date(Date.UTC(2025, 11, 20 + (i % 30), 16, 30)),
      });
    }
    await RowModel.insertMany(docs);
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(dbName);
  });

  it('groups by status: counts, sums, rates and averages equal those computed from the records', async () => {
    const { groups, totals } = await aggregateGroups(RowModel, {}, spec, { groupBy: ['STATUS'] });
    expect(groups.map((g) => g.keys[0].value)).toEqual(['OPEN', 'DONE', 'CLOSED']);
    expect(groups.map((g) => g.keys[0].label)).toEqual(['待办', '已办', '已关闭']);
    for (const group of groups) {
      const mine = docs.filter((d) => d.status === group.keys[0].value);
      expect(group.count).toBe(mine.length);
      expect(group.amountYuan).toBe(mine.reduce((s, d) => s + (d.amount ?? 0), 0));
      expect(group.doneCount).toBe(mine.filter((d) => d.status === 'DONE').length);
      const done = mine.filter((d) => d.status === 'DONE');
      expect(group.onTimeRate).toEqual(done.length ? done.filter((d) => d.onTime).length / done.length : null);
      const amounts = mine.map((d) => d.amount).filter((a): a is number => typeof a === 'number');
      expect(group.averageAmount).toBeCloseTo(amounts.reduce((s, a) => s + a, 0) / amounts.length, 9);
      expect(group.recordIds.STATUS).toBe(group.keys[0].value);
    }
    expect(totals.keys).toEqual([]);
    expect(totals.count).toBe(docs.length);
    expect(totals.count).toBe(groups.reduce((s, g) => s + g.count, 0));
    expect(totals.amountYuan).toBe(groups.reduce((s, g) => s + (g.amountYuan ?? 0), 0));
    const allDone = docs.filter((d) => d.status === 'DONE');
    expect(totals.onTimeRate).toBeCloseTo(allDone.filter((d) => d.onTime).length / allDone.length, 12);
  });

  it('without groupBy: one group equal to the totals; with a filter: only the matching records', async () => {
    const all = await aggregateGroups(RowModel, {}, spec, {});
    expect(all.groups).toHaveLength(1);
    expect(all.groups[0]).toEqual(all.totals);
    const open = await aggregateGroups(RowModel, { status: 'OPEN' }, spec, { groupBy: [] });
    expect(open.totals.count).toBe(docs.filter((d) => d.status === 'OPEN').length);
    const none = await aggregateGroups(RowModel, { status: 'NO_SUCH' }, spec, { groupBy: [] });
    expect(none.groups).toEqual([none.totals]);
    expect(none.totals).toMatchObject({ count: 0, amountYuan: 0, doneCount: 0, onTimeRate: null, averageAmount: null });
    expect((await aggregateGroups(RowModel, { status: 'NO_SUCH' }, spec, { groupBy: ['STATUS'] })).groups).toEqual([]);
  });

  it('an enterprise dimension: ids as hex strings, labels read once for the values present, records without one first', async () => {
    const { groups } = await aggregateGroups(RowModel, {}, spec, { groupBy: ['ENTERPRISE', 'STATUS'] });
    expect(groups[0].keys[0]).toEqual({ dimension: 'ENTERPRISE', value: null, label: '未填写' });
    for (const group of groups) {
      const [enterprise, status] = group.keys;
      const mine = docs.filter((d) => (d.enterpriseId?.toHexString() ?? null) === enterprise.value && d.status === status.value);
      expect(group.count).toBe(mine.length);
      if (enterprise.value) expect(enterprise.label).toBe(`企业${enterprise.value.slice(-4)}`);
      expect(group.recordIds.ENTERPRISE).toBe(enterprise.value);
    }
    expect(groups.reduce((s, g) => s + g.count, 0)).toBe(docs.length);
  });

  it('an array dimension counts a record in each of its groups (an empty array: no value)', async () => {
    const { groups, totals } = await aggregateGroups(RowModel, {}, spec, { groupBy: ['TAG'] });
    const byTag = Object.fromEntries(groups.map((g) => [String(g.keys[0].value), g.count]));
    expect(byTag).toEqual({
      null: docs.filter((d) => d.tags.length === 0).length,
      a: docs.filter((d) => d.tags.includes('a')).length,
      b: docs.filter((d) => d.tags.includes('b')).length,
    });
    expect(totals.count).toBe(groups.reduce((s, g) => s + g.count, 0));
  });

  it.each<TimeBucket>(['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'])('time by %s in China Standard Time, ascending, missing first', async (bucket) => {
    const { groups } = await aggregateGroups(RowModel, {}, spec, { groupBy: ['TIME'], timeBucket: bucket });
    const expected = new Map<string | null, number>();
    for (const d of docs) {
      const key = expectedTimeKey(d.at, bucket);
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(groups.map((g) => [g.keys[0].value, g.count])).toEqual(
      [...expected.entries()].sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : a < b ? -1 : a > b ? 1 : 0)),
    );
    expect(groups[0].keys[0].label).toBe('未填写');
    if (bucket === 'MONTH') expect(groups.find((g) => g.keys[0].value === '2026-01')?.keys[0].label).toBe('2026年1月');
    if (bucket === 'QUARTER') expect(groups.find((g) => g.keys[0].value === '2025-Q4')?.keys[0].label).toBe('2025年第4季度');
  });

  it('ISO weeks: the week of 29 December 2025 is 2026-W01, of 3 January 2021 is 2020-W53', () => {
    expect(isoWeekKey(2025, 12, 29)).toBe('2026-W01');
    expect(isoWeekKey(2021, 1, 3)).toBe('2020-W53');
    expect(isoWeekKey(2026, 3, 2)).toBe('2026-W10');
  });

  it('refuses a bad groupBy naming it, and too many groups', async () => {
    const codeAndField = (e: unknown) => ({ code: (e as { code?: string }).code, field: (e as { extensions?: { field?: string } }).extensions?.field });
    for (const groupBy of [['NOPE'], ['STATUS', 'STATUS'], ['STATUS', 'TAG', 'TIME', 'ENTERPRISE']]) {
      await expect(aggregateGroups(RowModel, {}, spec, { groupBy: groupBy as Dim[] }).catch(codeAndField)).resolves.toEqual({
        code: 'BAD_USER_INPUT',
        field: 'groupBy',
      });
    }
    const small = { ...spec, maxGroups: 5 };
    await expect(aggregateGroups(RowModel, {}, small, { groupBy: ['TIME'], timeBucket: 'DAY' }).catch(codeAndField)).resolves.toEqual({
      code: 'BAD_USER_INPUT',
      field: 'groupBy',
    });
  });

  it('is one database round trip', async () => {
    db.roundTrips.reset();
    await aggregateGroups(RowModel, { status: { $in: ['OPEN', 'DONE'] } }, spec, { groupBy: ['STATUS', 'TIME'], timeBucket: 'WEEK' });
    expect(db.roundTrips.total).toBe(1);
  });
});
