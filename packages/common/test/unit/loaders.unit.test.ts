import DataLoader from 'dataloader';
import type { Model } from 'mongoose';
import { Types } from 'mongoose';
import {
  byIdLoader,
  byUniqueFieldLoader,
  countLoader,
  distinctValuesLoader,
  groupLoader,
  lazyLoaders,
  LOADER_BATCH_SIZE,
  loadExisting,
  loaderFamily,
  referenceDataLoader,
  referenceId,
} from '../../src/loaders';

/**
 * A stand-in for a mongoose model that records each query the loaders send and answers with the
 * documents given (the database's own matching is not under test here: the conformance tests cover it).
 */
interface Call {
  kind: 'find' | 'aggregate';
  filter?: Record<string, any>;
  projection?: unknown;
  sort?: unknown;
  batchSize?: number;
  pipeline?: Array<Record<string, any>>;
}
function fakeModel<T>(answer: (call: Call) => unknown[]) {
  const calls: Call[] = [];
  const model = {
    find(filter: Record<string, any>, projection?: unknown) {
      const call: Call = { kind: 'find', filter, projection };
      calls.push(call);
      const query = {
        batchSize(n: number) {
          call.batchSize = n;
          return query;
        },
        sort(spec: unknown) {
          call.sort = spec;
          return query;
        },
        lean: async () => answer(call),
      };
      return query;
    },
    async aggregate(pipeline: Array<Record<string, any>>) {
      const call: Call = { kind: 'aggregate', pipeline };
      calls.push(call);
      return answer(call);
    },
  };
  return { model: model as unknown as Model<T>, calls };
}

const oid = (n: number) => new Types.ObjectId(n.toString(16).padStart(24, '0'));
const hex = (n: number) => oid(n).toHexString();

interface Doc {
  _id: Types.ObjectId;
  name: string;
}

describe('byIdLoader', () => {
  const docs: Doc[] = [
    { _id: oid(1), name: 'one' },
    { _id: oid(2), name: 'two' },
    { _id: oid(0xabc), name: 'abc' },
  ];

  it('loads the keys of one tick with one query and answers in key order, null for a missing document', async () => {
    const { model, calls } = fakeModel<Doc>(() => [docs[1], docs[0]]); // the database answers in any order
    const loader = byIdLoader(model, { name: 1 });
    const results = await Promise.all([loader.load(hex(1)), loader.load(hex(3)), loader.load(hex(2))]);
    expect(results.map((d) => d?.name ?? null)).toEqual(['one', null, 'two']);
    expect(calls).toHaveLength(1);
    expect(calls[0].filter!._id.$in.map(String)).toEqual([hex(1), hex(3), hex(2)]);
    expect(calls[0].projection).toEqual({ name: 1 });
    expect(calls[0].batchSize).toBe(LOADER_BATCH_SIZE);
  });

  it('answers an id that is not an ObjectId with null without asking the database', async () => {
    const { model, calls } = fakeModel<Doc>(() => docs);
    const loader = byIdLoader(model);
    expect(await loader.load('not-an-id')).toBeNull();
    expect(await loader.load('zzzzzzzzzzzzzzzzzzzzzzzz')).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('matches upper-case hexadecimal keys', async () => {
    const { model } = fakeModel<Doc>(() => docs);
    expect((await byIdLoader(model).load(hex(0xabc).toUpperCase()))?.name).toBe('abc');
  });

  it('caches per loader: a key loaded twice is read once', async () => {
    const { model, calls } = fakeModel<Doc>(() => docs);
    const loader = byIdLoader(model);
    await loader.load(hex(1));
    await loader.load(hex(1));
    expect(calls).toHaveLength(1);
  });
});

describe('loadExisting', () => {
  it('keeps the documents that exist, in key order', async () => {
    const loader = new DataLoader<string, string | null>(async (keys) => keys.map((k) => (k === 'gone' ? null : k.toUpperCase())));
    expect(await loadExisting(loader, ['a', 'gone', 'b'])).toEqual(['A', 'B']);
  });

  it('rethrows a failed load instead of treating it as a missing document', async () => {
    const loader = new DataLoader<string, string | null>(async (keys) => keys.map((k) => (k === 'bad' ? new Error('connection reset') : k)));
    await expect(loadExisting(loader, ['a', 'bad'])).rejects.toThrow('connection reset');
  });
});

describe('byUniqueFieldLoader', () => {
  it('loads by a field value in one query, null for a value no document has', async () => {
    const { model, calls } = fakeModel<{ creditCode: string }>(() => [{ creditCode: 'B' }, { creditCode: 'A' }]);
    const loader = byUniqueFieldLoader(model, 'creditCode');
    expect(await loader.loadMany(['A', 'C', 'B'])).toEqual([{ creditCode: 'A' }, null, { creditCode: 'B' }]);
    expect(calls).toHaveLength(1);
    expect(calls[0].filter).toEqual({ creditCode: { $in: ['A', 'C', 'B'] } });
  });
});

describe('groupLoader', () => {
  interface Child {
    _id: number;
    parentId: Types.ObjectId | Types.ObjectId[];
  }

  it('groups children by parent (ObjectId keys), with the extra condition and sort, [] for a parent without any', async () => {
    const children: Child[] = [
      { _id: 1, parentId: oid(1) },
      { _id: 2, parentId: oid(2) },
      { _id: 3, parentId: oid(1) },
    ];
    const { model, calls } = fakeModel<Child>(() => children);
    const loader = groupLoader(model, 'parentId', { where: { endedAt: null }, sort: { _id: -1 }, projection: { parentId: 1 } });
    const [a, b, c] = await loader.loadMany([hex(1), hex(2), hex(9)]);
    expect((a as Child[]).map((d) => d._id)).toEqual([1, 3]);
    expect((b as Child[]).map((d) => d._id)).toEqual([2]);
    expect(c).toEqual([]);
    expect(calls).toHaveLength(1);
    expect(calls[0].filter!.endedAt).toBeNull();
    expect(calls[0].filter!.parentId.$in.map(String)).toEqual([hex(1), hex(2), hex(9)]);
    expect(calls[0].sort).toEqual({ _id: -1 });
    expect(calls[0].projection).toEqual({ parentId: 1 });
  });

  it('puts a document whose field is an array into the group of each of its values', async () => {
    const { model } = fakeModel<Child>(() => [{ _id: 1, parentId: [oid(1), oid(2)] }]);
    const loader = groupLoader(model, 'parentId');
    expect((await loader.loadMany([hex(1), hex(2)])).map((g) => (g as Child[]).map((d) => d._id))).toEqual([[1], [1]]);
  });

  it('takes string keys as they are when objectIdKeys is false', async () => {
    const { model, calls } = fakeModel<{ code: string }>(() => [{ code: 'm1' }]);
    const loader = groupLoader(model, 'code', { objectIdKeys: false });
    expect(await loader.loadMany(['m1', 'M1'])).toEqual([[{ code: 'm1' }], []]);
    expect(calls[0].filter).toEqual({ code: { $in: ['m1', 'M1'] } });
  });
});

describe('countLoader and distinctValuesLoader', () => {
  it('counts per key with one $match + $group, 0 for a key without documents', async () => {
    const { model, calls } = fakeModel<{ parentId: Types.ObjectId }>(() => [{ _id: oid(2), count: 5 }]);
    const loader = countLoader(model, 'parentId', { where: { status: 'OPEN' } });
    expect(await loader.loadMany([hex(1), hex(2)])).toEqual([0, 5]);
    expect(calls).toHaveLength(1);
    const [match, group] = calls[0].pipeline!;
    expect(match.$match.status).toBe('OPEN');
    expect(match.$match.parentId.$in.map(String)).toEqual([hex(1), hex(2)]);
    expect(group).toEqual({ $group: { _id: '$parentId', count: { $sum: 1 } } });
  });

  it('gives the distinct values per key as strings, [] for a key without documents', async () => {
    const { model, calls } = fakeModel<{ enterpriseId: Types.ObjectId }>(() => [
      { _id: { key: oid(1), value: oid(7) } },
      { _id: { key: oid(1), value: oid(8) } },
      { _id: { key: oid(2), value: oid(7) } },
    ]);
    const loader = distinctValuesLoader(model, 'enterpriseId', 'activityId');
    const [one, two, three] = await loader.loadMany([hex(1), hex(2), hex(3)]);
    expect([...(one as string[])].sort()).toEqual([hex(7), hex(8)]);
    expect(two).toEqual([hex(7)]);
    expect(three).toEqual([]);
    expect(calls[0].pipeline![1]).toEqual({ $group: { _id: { key: '$enterpriseId', value: '$activityId' } } });
  });
});

describe('referenceId', () => {
  it('returns the key of an entity reference and refuses one without a string id', () => {
    expect(referenceId({ __typename: 'Enterprise', id: 'e1' })).toBe('e1');
    expect(() => referenceId({ _id: 'e1' })).toThrow(TypeError);
    expect(() => referenceId({ id: 1 })).toThrow('entity reference without a string id');
  });
});

describe('loaderFamily', () => {
  it('makes one loader per distinct argument value, on first use', () => {
    const make = jest.fn((status: string | null) => ({ status }));
    const family = loaderFamily(make);
    const open = family('OPEN');
    expect(family('OPEN')).toBe(open);
    expect(family('CLOSED')).not.toBe(open);
    expect(family(null)).toBe(family(null));
    expect(make.mock.calls.map(([status]) => status)).toEqual(['OPEN', 'CLOSED', null]);
  });

  it('compares object arguments by value (the projection of a selection)', () => {
    const family = loaderFamily((projection: Record<string, 1>) => ({ projection }));
    expect(family({ a: 1, b: 1 })).toBe(family({ a: 1, b: 1 }));
    expect(family({ a: 1 })).not.toBe(family({ a: 1, b: 1 }));
  });
});

describe('referenceDataLoader', () => {
  afterEach(() => jest.useRealTimers());

  it('shares found documents across requests until the time to live ends, and always asks again for missing ids', async () => {
    jest.useFakeTimers({ now: new Date('2024-03-01T00:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'queueMicrotask'] });
    const item = { _id: oid(1), name: 'item' };
    const { model, calls } = fakeModel<typeof item>(() => [item]);
    expect(await referenceDataLoader(model, 1000).loadMany([hex(1), hex(2)])).toEqual([item, null]);
    expect(calls).toHaveLength(1);

    // another request, within the time to live: the found document costs no read, the missing one is asked for
    expect(await referenceDataLoader(model, 1000).load(hex(1))).toBe(item);
    expect(calls).toHaveLength(1);
    expect(await referenceDataLoader(model, 1000).load(hex(2))).toBeNull();
    expect(calls).toHaveLength(2);
    expect(calls[1].filter!._id.$in.map(String)).toEqual([hex(2)]);

    // after the time to live: read again
    jest.setSystemTime(new Date('2024-03-01T00:00:01.001Z'));
    expect(await referenceDataLoader(model, 1000).load(hex(1))).toBe(item);
    expect(calls).toHaveLength(3);
  });

  it('keeps one cache per model', async () => {
    const a = fakeModel<{ _id: Types.ObjectId }>(() => [{ _id: oid(1) }]);
    const b = fakeModel<{ _id: Types.ObjectId }>(() => []);
    await referenceDataLoader(a.model).load(hex(1));
    expect(await referenceDataLoader(b.model).load(hex(1))).toBeNull();
    expect(b.calls).toHaveLength(1);
  });
});

describe('lazyLoaders', () => {
  it('makes each loader on first access, once per request object', () => {
    const makeById = jest.fn((models: { name: string }) => ({ loader: `byId of ${models.name}` }));
    const makeCount = jest.fn(() => ({ loader: 'count' }));
    const makeLoaders = lazyLoaders({ byId: makeById, count: makeCount });

    const first = makeLoaders({ name: 'm1' });
    expect(makeById).not.toHaveBeenCalled();
    expect(first.byId).toEqual({ loader: 'byId of m1' });
    expect(first.byId).toBe(first.byId);
    expect(makeById).toHaveBeenCalledTimes(1);
    expect(makeCount).not.toHaveBeenCalled();

    const second = makeLoaders({ name: 'm2' });
    expect(second.byId).not.toBe(first.byId);
    expect(second.byId).toEqual({ loader: 'byId of m2' });
    expect(makeById).toHaveBeenCalledTimes(2);
  });
});
