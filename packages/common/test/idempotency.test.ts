import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import { Schema, type Connection, type Model } from 'mongoose';
import { internalAuthHeaders, postGraphQL, useTestSubgraph, type TestCaller } from '@pecg/testing';
import {
  COMMON_SDL_PATH,
  IDEMPOTENCY_FETCH_HEADER,
  IDEMPOTENCY_REPLAYED_HEADER,
  ValidationError,
  idempotencyEvents,
  idempotencyModel,
  parseIdempotencyKey,
  type BaseContext,
  type SubgraphDefinition,
} from '../src';

/**
 * The idempotency plugin of the subgraph server, on a small test subgraph ("ledger") whose mutations
 * insert entries — nothing in its resolvers knows about idempotency keys.
 */
interface Entry {
  label: string;
  n: number;
}
interface LedgerModels {
  Entry: Model<Entry>;
}

/** Resolver calls of the test mutations (effects the key must prevent). */
const calls = { add: 0, flaky: 0, refuse: 0 };
/** `hold` resolvers waiting for the test to release them, and listeners for one starting. */
const held: Array<() => void> = [];
const holdStarted: Array<() => void> = [];
let flakyFailures = 0;

const ledger: SubgraphDefinition<LedgerModels, BaseContext & { models: LedgerModels }> = {
  name: 'ledger',
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable"])
    type Entry { id: ID! label: String! n: Int! }
    type Query { entries: Int! }
    type Mutation {
      add(label: String!): Entry!
      hold(label: String!): Entry!
      flaky(label: String!): Entry!
      refuse(label: String!): Entry!
    }
    ${fs.readFileSync(COMMON_SDL_PATH, 'utf8')}
  `),
  createModels: (connection: Connection) => ({
    Entry:
      (connection.models.Entry as Model<Entry>) ?? connection.model<Entry>('Entry', new Schema<Entry>({ label: String, n: Number }, { collection: 'entries' })),
  }),
  createContext: (base, models) => ({ ...base, models }),
  resolvers: {
    Query: { entries: (_: unknown, _a: unknown, ctx: { models: LedgerModels }) => ctx.models.Entry.countDocuments({}).exec() },
    Mutation: {
      add: async (_: unknown, { label }: { label: string }, ctx: { models: LedgerModels }) => {
        calls.add += 1;
        return ctx.models.Entry.create({ label, n: calls.add });
      },
      hold: async (_: unknown, { label }: { label: string }, ctx: { models: LedgerModels }) => {
        const entry = await ctx.models.Entry.create({ label, n: 0 });
        await new Promise<void>((resolve) => {
          held.push(resolve);
          for (const started of holdStarted.splice(0)) started();
        });
        return entry;
      },
      flaky: async (_: unknown, { label }: { label: string }, ctx: { models: LedgerModels }) => {
        calls.flaky += 1;
        if (flakyFailures > 0) {
          flakyFailures -= 1;
          throw new Error('database went away');
        }
        return ctx.models.Entry.create({ label, n: calls.flaky });
      },
      refuse: async (_: unknown, { label }: { label: string }) => {
        calls.refuse += 1;
        throw new ValidationError(`label "${label}" is refused`, { field: 'label', value: label });
      },
    },
    Entry: { id: (e: { _id: unknown }) => String(e._id) },
  } as never,
};

const ADD = 'mutation ($l: String!) { add(label: $l) { id label n } }';

describe('the idempotency plugin of the subgraph server', () => {
  const sg = useTestSubgraph(ledger);
  const send = async (query: string, variables: Record<string, unknown>, key?: string, caller: TestCaller = 'POLICE', extra: Record<string, string> = {}) =>
    postGraphQL(sg.url, query, variables, { ...(await internalAuthHeaders(caller)), ...(key === undefined ? {} : { 'idempotency-key': key }), ...extra });
  const entries = (label: string) => sg.models.Entry.countDocuments({ label });
  const records = () => idempotencyModel(sg.db.connection);

  it('runs a key once: the retry gets the stored response, marked as a replay', async () => {
    const key = randomUUID();
    const first = await send(ADD, { l: 'once' }, key);
    const retry = await send(ADD, { l: 'once' }, key);
    expect(first.errors).toBeUndefined();
    expect(retry.data).toEqual(first.data);
    expect(retry.headers.get(IDEMPOTENCY_REPLAYED_HEADER)).toBe('true');
    expect(first.headers.get(IDEMPOTENCY_REPLAYED_HEADER)).toBeNull();
    expect(await entries('once')).toBe(1);
    const [record] = await records().find({ key }).lean();
    expect(record).toMatchObject({ subject: 'police-user', subgraph: 'ledger', status: 'completed', attempt: 1 });
    expect(record.payloadHash).toMatch(/^[0-9a-f]{64}$/);
    expect(record.expiresAt.getTime() - record.createdAt.getTime()).toBe(24 * 3_600_000);
  });

  it('duplicates that arrive while the first is running wait for it and get its response', async () => {
    const key = randomUUID();
    const HOLD = 'mutation ($l: String!) { hold(label: $l) { id label } }';
    const started = new Promise<void>((resolve) => holdStarted.push(resolve));
    const first = send(HOLD, { l: 'held' }, key);
    await started;
    let waiting = 0;
    const allWaiting = new Promise<void>((resolve) => {
      const onWaiting = (event: { key: string }) => {
        if (event.key !== key || ++waiting < 5) return;
        idempotencyEvents.off('waiting', onWaiting);
        resolve();
      };
      idempotencyEvents.on('waiting', onWaiting);
    });
    const duplicates = Promise.all(Array.from({ length: 5 }, () => send(HOLD, { l: 'held' }, key)));
    await allWaiting;
    expect(held).toHaveLength(1); // no duplicate ran the resolver
    held.splice(0).forEach((release) => release());
    const [original, ...copies] = [await first, ...(await duplicates)];
    expect(original.errors).toBeUndefined();
    for (const copy of copies) expect(copy.data).toEqual(original.data);
    expect(await entries('held')).toBe(1);
  });

  it('refuses the same key with a different payload, a key over 200 characters and one with control characters', async () => {
    const key = randomUUID();
    await send(ADD, { l: 'payload-a' }, key);
    const other = await send(ADD, { l: 'payload-b' }, key);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect(await entries('payload-b')).toBe(0);
    // variables in another key order are the same payload
    const Q = 'mutation ($l: String!, $m: String!) { a: add(label: $l) { label } b: add(label: $m) { label } }';
    const k2 = randomUUID();
    await send(Q, { l: 'order', m: 'order-2' }, k2);
    expect((await send(Q, { m: 'order-2', l: 'order' }, k2)).headers.get(IDEMPOTENCY_REPLAYED_HEADER)).toBe('true');
    expect(await entries('order')).toBe(1);
    expect((await send(ADD, { l: 'long' }, 'k'.repeat(201))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect((await send(ADD, { l: 'long' }, 'a\tb')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect(await entries('long')).toBe(0);
    expect(() => parseIdempotencyKey('a\u0000b')).toThrow(/control characters/);
    expect(() => parseIdempotencyKey('a\u0085b')).toThrow(/control characters/);
    expect(parseIdempotencyKey('订单-2026-12-02/7')).toBe('订单-2026-12-02/7');
  });

  it('replays a refusal (BAD_USER_INPUT) without running the mutation again', async () => {
    const key = randomUUID();
    const before = calls.refuse;
    const first = await send('mutation { refuse(label: "no") { id } }', {}, key);
    const retry = await send('mutation { refuse(label: "no") { id } }', {}, key);
    expect(first.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect({ data: retry.data, errors: retry.errors }).toEqual({ data: first.data, errors: first.errors });
    expect(calls.refuse - before).toBe(1);
  });

  it('an INTERNAL_SERVER_ERROR frees the key: the retry runs, and later retries replay its answer', async () => {
    const key = randomUUID();
    const FLAKY = 'mutation { flaky(label: "flaky") { label n } }';
    flakyFailures = 1;
    const failed = await send(FLAKY, {}, key);
    expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await records().countDocuments({ key })).toBe(0);
    const ok = await send(FLAKY, {}, key);
    expect(ok.errors).toBeUndefined();
    const again = await send(FLAKY, {}, key);
    expect(again.data).toEqual(ok.data);
    expect(await entries('flaky')).toBe(1);
  });

  it('queries ignore the header; mutations without it are unchanged', async () => {
    const key = randomUUID();
    expect((await send('{ entries }', {}, key)).errors).toBeUndefined();
    expect(await records().countDocuments({ key })).toBe(0);
    await send(ADD, { l: 'no-key' });
    await send(ADD, { l: 'no-key' });
    expect(await entries('no-key')).toBe(2);
  });

  it('keys are per caller, and per mutation fetch of one gateway operation', async () => {
    const key = randomUUID();
    await send(ADD, { l: 'per-caller' }, key, { role: 'POLICE', subject: 'p-1' });
    await send(ADD, { l: 'per-caller' }, key, { role: 'POLICE', subject: 'p-2' });
    expect(await entries('per-caller')).toBe(2);
    await send(ADD, { l: 'fetch-2' }, key, { role: 'POLICE', subject: 'p-1' }, { [IDEMPOTENCY_FETCH_HEADER]: '2' });
    expect(await entries('fetch-2')).toBe(1);
    expect(await records().countDocuments({ key: `${key}#2`, subject: 'p-1' })).toBe(1);
  });

  it('an expired key is forgotten, and a key whose first request died (lease over) is taken over', async () => {
    const key = randomUUID();
    await send(ADD, { l: 'expiring' }, key);
    // the embedded engine keeps expired records (MongoDB's TTL monitor would remove it): it counts as absent
    await records().updateOne({ key }, { $set: { expiresAt: new Date(Date.now() - 1_000) } });
    const reused = await send(ADD, { l: 'reused' }, key);
    expect(reused.errors).toBeUndefined();
    expect(await entries('reused')).toBe(1);
    expect((await records().findOne({ key }).lean())?.attempt).toBe(2);

    const stuck = randomUUID();
    await send(ADD, { l: 'stuck' }, stuck);
    await records().updateOne({ key: stuck }, { $set: { status: 'in-progress', leaseUntil: new Date(Date.now() - 1_000) }, $unset: { response: '' } });
    const taken = await send(ADD, { l: 'stuck' }, stuck);
    expect(taken.errors).toBeUndefined();
    expect(await entries('stuck')).toBe(2);
    const indexes = await records().collection.indexes();
    expect(indexes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: { key: 1, subject: 1 }, unique: true }),
        expect.objectContaining({ key: { expiresAt: 1 }, expireAfterSeconds: 0 }),
      ]),
    );
  });
});
