import DataLoader from 'dataloader';
import { lazyLoaders, loadExisting, loaderFamily, referenceId } from '../../src/loaders';

/** The loaders' pure logic; what they send to the database is tested on the real database (test/loaders.test.ts). */

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
