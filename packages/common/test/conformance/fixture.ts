import { MongoClient, type CommandStartedEvent, type Db } from 'mongodb';
import { dropDatabase, testMongoUri, uniqueDatabaseName } from '@pecg/testing';

/**
 * The engine conformance suite's setup: one driver client per test file (command monitoring on, so
 * tests can count round trips such as getMore) and a fresh database for every test, dropped after it.
 * Runs against whatever MONGODB_URI names: the embedded engine started by jest's global setup, or a
 * real MongoDB (6.0+).
 */
export interface ConformanceContext {
  readonly client: MongoClient;
  /** The current test's own database. */
  readonly db: Db;
  readonly dbName: string;
  /** Commands started by this client in the current test (empty it with `commands.length = 0`; hello/ping/endSessions/buildInfo left out). */
  readonly commands: CommandStartedEvent[];
}

const HOUSEKEEPING = new Set(['hello', 'isMaster', 'ismaster', 'ping', 'endSessions', 'buildInfo']);

export function useConformanceDatabase(prefix: string): ConformanceContext {
  let client: MongoClient | undefined;
  let dbName: string | undefined;
  const commands: CommandStartedEvent[] = [];
  beforeAll(async () => {
    client = new MongoClient(testMongoUri(), { monitorCommands: true, maxPoolSize: 32 });
    client.on('commandStarted', (event) => {
      if (!HOUSEKEEPING.has(event.commandName)) commands.push(event);
    });
    await client.connect();
  });
  beforeEach(() => {
    dbName = uniqueDatabaseName(`conf_${prefix}`);
    commands.length = 0;
  });
  afterEach(async () => {
    if (dbName) await dropDatabase(dbName);
  });
  afterAll(async () => {
    await client?.close();
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is only available inside a test`);
    return value;
  };
  return {
    get client() {
      return need(client, 'the conformance client');
    },
    get dbName() {
      return need(dbName, 'the conformance database');
    },
    get db() {
      return need(client, 'the conformance client').db(need(dbName, 'the conformance database'));
    },
    commands,
  };
}

/** Runs `count` copies of `fn` at once and waits for all of them (rejections are returned, not thrown). */
export function race<T>(count: number, fn: (i: number) => Promise<T>): Promise<PromiseSettledResult<T>[]> {
  return Promise.allSettled(Array.from({ length: count }, (_, i) => fn(i)));
}
