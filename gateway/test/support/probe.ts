import { composeServices } from '@apollo/composition';
import { GraphQLError, parse } from 'graphql';
import type { BaseContext, SubgraphDefinition, SubgraphName } from '@pecg/common';
import { authHeaders, postGraphQL, startTestSubgraph, type GraphQLResponse, type TestCaller, type TestSubgraph } from '@pecg/testing';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../src/gateway';

/**
 * Test-only subgraphs ("probes") that exercise the gateway's and the shared package's mechanisms
 * without depending on the domain schemas other teams are changing: people with personal information
 * resolved through ctx.pii, a self-referencing list for depth/cost, a slow field, and `whoami`.
 */
export const PEOPLE = [
  { id: 'p1', name: '张三丰', phone: '13812345678', idNumber: '510100199001011234' },
  { id: 'p2', name: '李四', phone: '13987654321', idNumber: '510100198502023456' },
];

/**
 * The slow field's resolvers still waiting. A test releases them (`releaseSlowResolvers`) instead of
 * waiting for their delay, and waits for one to start (`slowResolverStarted`) instead of sleeping.
 */
const slowWaiting = new Set<() => void>();
const slowStartListeners = new Set<() => void>();

/** Waits `ms` (the delay the query asked for) or until the test releases it (then resolves true). */
function slowWait(ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const end = (released: boolean) => {
      clearTimeout(timer);
      slowWaiting.delete(done);
      resolve(released);
    };
    const done = () => end(true);
    const timer = setTimeout(() => end(false), ms);
    slowWaiting.add(done);
    for (const listener of [...slowStartListeners]) listener();
  });
}

/** Resolves when a slow resolver starts waiting (call it before sending the query). */
export function slowResolverStarted(): Promise<void> {
  return new Promise((resolve) => {
    const listener = () => {
      slowStartListeners.delete(listener);
      resolve();
    };
    slowStartListeners.add(listener);
  });
}

/** Ends the wait of every slow resolver still waiting; returns how many there were. */
export function releaseSlowResolvers(): number {
  const waiting = [...slowWaiting];
  for (const done of waiting) done();
  return waiting.length;
}

export function probeSubgraph(name: string, field: string): SubgraphDefinition<Record<string, never>, BaseContext> {
  const typeDefs = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable"])
    scalar DateTime
    scalar Date
    "A person with personal information."
    type Person @key(fields: "id") @shareable {
      id: ID!
      name: String
      phone: String
      idNumber: String
      "Everyone else (a self-referencing list)."
      friends(first: Int): [Person!]!
    }
    "What the subgraph saw of the caller."
    type Whoami @shareable { role: String! subject: String! requestId: String! }
    type Query {
      ${field}: String
      ${field}People(first: Int): [Person!]!
      ${field}Person(id: ID!): Person
      ${field}Slow(ms: Int!): String
      ${field}Whoami: Whoami!
      ${field}Fail: String
      ${field}Count(values: [Int!]!): Int!
    }
  `);
  const person = (p: (typeof PEOPLE)[number]) => p;
  return {
    name: name as SubgraphName,
    typeDefs,
    createModels: () => ({}),
    createContext: (base) => base,
    resolvers: {
      Query: {
        [field]: () => `${name} answers`,
        [`${field}People`]: (_: unknown, args: { first?: number }) => PEOPLE.slice(0, args.first ?? 20).map(person),
        [`${field}Person`]: (_: unknown, args: { id: string }) => PEOPLE.find((p) => p.id === args.id) ?? null,
        [`${field}Slow`]: async (_: unknown, args: { ms: number }) => {
          return (await slowWait(args.ms)) ? 'released' : `slept ${args.ms} ms`;
        },
        [`${field}Whoami`]: (_: unknown, _a: unknown, ctx: BaseContext) => ({ role: ctx.caller.role, subject: ctx.caller.subject, requestId: ctx.requestId }),
        [`${field}Count`]: (_: unknown, args: { values: number[] }) => args.values.length,
        [`${field}Fail`]: () => {
          throw new GraphQLError('probe failure');
        },
      },
      Person: {
        __resolveReference: (ref: { id: string }) => PEOPLE.find((p) => p.id === ref.id) ?? null,
        name: (p: { id: string; name: string }, _a: unknown, ctx: BaseContext) => ctx.pii.reveal('NAME', p.name, 'Person', p.id, 'name'),
        phone: (p: { id: string; phone: string }, _a: unknown, ctx: BaseContext) => ctx.pii.reveal('PHONE', p.phone, 'Person', p.id, 'phone'),
        idNumber: (p: { id: string; idNumber: string }, _a: unknown, ctx: BaseContext) => ctx.pii.reveal('ID_NUMBER', p.idNumber, 'Person', p.id, 'idNumber'),
        friends: (p: { id: string }, args: { first?: number }) => PEOPLE.filter((o) => o.id !== p.id).slice(0, args.first ?? 20),
      },
    } as never,
  };
}

export interface ProbeGraph {
  gateway: RunningGateway;
  subgraphs: Record<string, TestSubgraph<Record<string, never>>>;
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: TestCaller,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Subgraph calls the gateway has made so far (from its own /metrics). */
  subgraphCalls(): Promise<number>;
  stop(): Promise<void>;
}

/** Probe subgraphs `alpha` (fields alpha*) and `beta` (fields beta*) behind a real gateway. */
export async function startProbeGraph(gatewayOptions: Partial<GatewayOptions> = {}, names = ['alpha', 'beta']): Promise<ProbeGraph> {
  const subgraphs: Record<string, TestSubgraph<Record<string, never>>> = {};
  for (const name of names) subgraphs[name] = await startTestSubgraph(probeSubgraph(name, name), { logger: gatewayOptions.logger });
  const composed = composeServices(names.map((name) => ({ name, typeDefs: probeSubgraph(name, name).typeDefs, url: subgraphs[name].url })));
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('; '));
  const gateway = await startGateway({ supergraphSdl: composed.supergraphSdl, port: 0, ...gatewayOptions });
  let stopped = false;
  return {
    gateway,
    subgraphs,
    async query(query, variables = {}, caller = 'ADMIN', headers = {}) {
      return postGraphQL(gateway.url, query, variables, { ...(await authHeaders(caller)), ...headers });
    },
    async subgraphCalls() {
      const text = await (await fetch(new URL('/metrics', gateway.opsUrl))).text();
      return [...text.matchAll(/^pecg_gateway_subgraph_request_duration_seconds_count\{[^}]*\} (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await gateway.stop();
      for (const subgraph of Object.values(subgraphs)) await subgraph.stop().catch(() => undefined);
    },
  };
}
