import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import {
  INTERNAL_HEADER,
  mintInternalAssertion,
  mintToken,
  startSubgraph,
  type BaseContext,
  type Logger,
  type MintOptions,
  type Role,
  type RunningSubgraph,
  type StartSubgraphOptions,
  type SubgraphDefinition,
} from '@pecg/common';

/** Test helpers: real database, real HTTP. */
export * from './engine-counters';

export function testMongoUri(): string {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('MONGODB_URI is not set: run tests through jest (global setup starts the embedded database)');
  return uri;
}

/** A fresh database name for one test suite. */
export function uniqueDatabaseName(prefix: string): string {
  return `test_${prefix}_${randomBytes(4).toString('hex')}`;
}

export async function dropDatabase(name: string): Promise<void> {
  const client = new MongoClient(testMongoUri());
  try {
    await client.connect();
    await client.db(name).dropDatabase();
  } finally {
    await client.close();
  }
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, any> }>;
  headers: Headers;
}

/** POSTs a GraphQL operation over HTTP. */
export async function postGraphQL<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: T | null; errors?: GraphQLResponse<T>['errors'] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`Non-JSON response ${response.status}: ${text.slice(0, 500)}`);
  }
  return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
}

export type TestCaller = Role | MintOptions;

/**
 * Credentials of a test caller, for the gateway and for a subgraph alike: the end-user token
 * (`Authorization: Bearer …`, what the gateway reads) and the internal assertion the gateway would
 * send for the same caller (`x-pecg-caller`, the only credential a subgraph accepts). The gateway
 * ignores the assertion a client sends; a subgraph ignores the user token.
 */
export async function authHeaders(caller: TestCaller): Promise<Record<string, string>> {
  const options = typeof caller === 'string' ? { role: caller } : caller;
  return { authorization: `Bearer ${await mintToken(options)}`, ...(await internalAuthHeaders(options)) };
}

/** Only the internal assertion (`x-pecg-caller`) of a test caller: what the gateway sends to a subgraph. */
export async function internalAuthHeaders(caller: TestCaller): Promise<Record<string, string>> {
  const options = typeof caller === 'string' ? { role: caller } : caller;
  const { token } = await mintInternalAssertion({
    subject: options.subject ?? `${options.role.toLowerCase()}-user`,
    role: options.role,
    ...(options.name ? { name: options.name } : {}),
    ...(options.enterpriseId ? { enterpriseId: options.enterpriseId } : {}),
    ...(options.officerId ? { officerId: options.officerId } : {}),
    ...(options.department ? { department: options.department } : {}),
  });
  return { [INTERNAL_HEADER]: token };
}

export interface TestSubgraph<M> extends RunningSubgraph<M> {
  /** Sends an operation as the given caller (default ADMIN), with the internal assertion the gateway would send. */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, caller?: TestCaller): Promise<GraphQLResponse<T>>;
}

/** Starts a subgraph on a free port with its own fresh database; stop() also drops the database. */
export async function startTestSubgraph<M, C extends BaseContext>(
  definition: SubgraphDefinition<M, C>,
  options: { seed?: boolean; database?: string; logger?: Logger; jobs?: StartSubgraphOptions['jobs'] } = {},
): Promise<TestSubgraph<M>> {
  const database = options.database ?? uniqueDatabaseName(definition.name);
  const running = await startSubgraph(definition, {
    mongodbUri: testMongoUri(),
    database,
    port: 0,
    seed: options.seed,
    logger: options.logger,
    ...(options.jobs ? { jobs: options.jobs } : {}),
  });
  return {
    ...running,
    async query(query, variables = {}, caller = 'ADMIN') {
      return postGraphQL(running.url, query, variables, await internalAuthHeaders(caller));
    },
    async stop() {
      await running.stop();
      if (!options.database) await dropDatabase(database);
    },
  };
}

/**
 * The usual setup of a subgraph test file: starts the subgraph (fresh database, optionally the demo
 * data) before the describe block's tests and stops it after them. Returns a stand-in that forwards
 * to the running subgraph, so tests write `sg.query(…)`, `sg.models`, `sg.db` as with
 * `startTestSubgraph`.
 */
export function useTestSubgraph<M, C extends BaseContext>(
  definition: SubgraphDefinition<M, C>,
  options: Parameters<typeof startTestSubgraph<M, C>>[1] = {},
): TestSubgraph<M> {
  let running: TestSubgraph<M> | undefined;
  beforeAll(async () => {
    running = await startTestSubgraph(definition, options);
  }, 60_000);
  afterAll(async () => {
    await running?.stop();
  }, 30_000);
  return new Proxy({} as TestSubgraph<M>, {
    get(_target, property) {
      if (!running) throw new Error(`the ${definition.name} test subgraph is used outside a test (it starts in beforeAll)`);
      return Reflect.get(running, property, running);
    },
  });
}
