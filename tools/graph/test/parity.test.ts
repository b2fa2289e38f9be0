import { Supergraph } from '@apollo/federation-internals';
import { startGateway, type RunningGateway } from '@pecg/gateway';
import { demoEnterpriseId } from '@pecg/demo';
import { authHeaders, postGraphQL, type GraphQLResponse } from '@pecg/testing';
import type { MintOptions } from '@pecg/common';
import { readCommittedSupergraph, startHiveGateway, startTestGraph, withRoutingUrls, type RunningHiveGateway, type TestGraph } from '../src';
import { byIdOperation, generatedOperations, workload, type ParityOperation } from './support/parity-operations';

/**
 * Same answers from another gateway: the committed schema/supergraph.graphql served by our gateway
 * and by Hive Gateway (the Node planner, with the project's identity forwarding: tools/graph/src/hive.ts)
 * over the same seeded subgraphs gives identical `data` and the same error codes (with their paths)
 * for every list, statistics field, `<entity>Aggregate` and single record of the supergraph (generated
 * from it), the enterprise page and list with fields from every subgraph, and errors — as ADMIN,
 * ANALYST (masked) and ENTERPRISE (scoped to its enterprise).
 */
const ENTERPRISE_ID = demoEnterpriseId(1).toHexString();
const ROLES: Record<string, MintOptions> = {
  ADMIN: { role: 'ADMIN', subject: 'parity-admin' },
  ANALYST: { role: 'ANALYST', subject: 'parity-analyst' },
  ENTERPRISE: { role: 'ENTERPRISE', subject: 'parity-enterprise', enterpriseId: ENTERPRISE_ID },
};
const MISSING_ID = 'ffffffffffffffffffffffff';

/** Timestamps of "now" (server clock: e.g. a statistics period up to now) differ by the milliseconds between the two calls. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const withoutNow = (value: unknown): unknown => {
  if (typeof value === 'string') return ISO_TIME.test(value) && Math.abs(Date.parse(value) - Date.now()) < 120_000 ? '<now>' : value;
  if (Array.isArray(value)) return value.map(withoutNow);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNow(v)]));
  return value;
};

/** What must be equal: the data (times of "now" aside), and each error's code and path (messages may be worded by the gateway). */
const comparable = (response: GraphQLResponse) => ({
  data: withoutNow(response.data ?? null),
  errors: (response.errors ?? [])
    .map((e) => ({ code: e.extensions?.code, path: e.path?.join('.') }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
});

/** The subgraphs that resolve each top-level field. */
function owners(supergraph: Supergraph): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const subgraph of supergraph.subgraphs()) {
    for (const kind of ['query', 'mutation'] as const) {
      for (const field of subgraph.schema.schemaDefinition.rootType(kind)?.fields() ?? []) {
        if (!result.has(field.name)) result.set(field.name, new Set());
        result.get(field.name)!.add(subgraph.name);
      }
    }
  }
  return result;
}

describe('same answers from Hive Gateway and our gateway on the committed supergraph', () => {
  let graph: TestGraph;
  let ours: RunningGateway;
  let hive: RunningHiveGateway;
  const supergraphSdl = readCommittedSupergraph();
  const supergraph = Supergraph.build(supergraphSdl);
  const schema = supergraph.apiSchema().toGraphQLJSSchema();
  const tokens: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    graph = await startTestGraph({ seed: true });
    ours = await startGateway({ supergraphSdl, port: 0, subgraphUrls: graph.gateway.subgraphUrls });
    hive = await startHiveGateway({ supergraphSdl: withRoutingUrls(supergraphSdl, graph.gateway.subgraphUrls) });
    for (const [name, caller] of Object.entries(ROLES)) tokens[name] = { authorization: (await authHeaders(caller)).authorization };
  }, 180_000);
  afterAll(async () => {
    await hive?.stop();
    await ours?.stop();
    await graph?.stop();
  });

  const both = (operation: ParityOperation, role: string) =>
    Promise.all([ours.url, hive.url].map((url) => postGraphQL(url, operation.query, operation.variables ?? {}, tokens[role])));

  it('gives identical data and error codes for every subgraph, fan-out, statistics, aggregate and error, per role', async () => {
    const { operations, byId } = generatedOperations(schema);
    // single records: the first of their list (as ADMIN), and an id that does not exist
    for (const { field, list } of byId) {
      const page = await postGraphQL(ours.url, `{ ${list}(first: 1) { edges { node { id } } } }`, {}, tokens.ADMIN);
      const id = (page.data?.[list]?.edges?.[0]?.node?.id as string | undefined) ?? MISSING_ID;
      for (const [label, value] of [
        ['record', id],
        ['missing', MISSING_ID],
      ] as const) {
        const operation = byIdOperation(schema, field, value, label);
        if (operation) operations.push(operation);
      }
    }
    operations.push(
      { name: 'the enterprise page', query: workload('EnterprisePage'), variables: { id: ENTERPRISE_ID }, roots: ['enterprise'] },
      { name: 'the enterprise list with fields from every subgraph', query: workload('EnterpriseList'), variables: { first: 20 }, roots: ['enterprises'] },
      // one failing non-null root field per operation: when two fail, Hive reports only the first error (data is null either way)
      { name: 'bad input: first 0', query: '{ enterprises(first: 0) { edges { node { id } } } }', roots: ['enterprises'] },
      { name: 'bad input: a cursor that is not one', query: '{ disputes(after: "not-a-cursor") { edges { node { id } } } }', roots: ['disputes'] },
      {
        name: 'a change of a record that does not exist (NOT_FOUND for ADMIN, FORBIDDEN for the others)',
        query: 'mutation ($id: ID!) { changeEnterpriseStatus(id: $id, expectedVersion: 1, status: SUSPENDED) { id } }',
        variables: { id: MISSING_ID },
        roots: ['changeEnterpriseStatus'],
      },
    );

    const mismatches: string[] = [];
    const codes = new Set<string>();
    let withData = 0;
    const runs = operations.flatMap((operation) => Object.keys(ROLES).map((role) => ({ operation, role })));
    // a few at a time: the two gateways and five subgraphs mostly wait on each other
    const worker = async () => {
      for (let run = runs.shift(); run; run = runs.shift()) {
        const [a, b] = (await both(run.operation, run.role)).map(comparable);
        for (const error of a.errors) codes.add(String(error.code));
        if (a.data && Object.values(a.data).some((v) => v !== null)) withData += 1;
        try {
          expect(b).toEqual(a);
        } catch (error) {
          mismatches.push(`${run.operation.name} as ${run.role}:\n${(error as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    expect(mismatches).toEqual([]);

    // what the set covers: every subgraph, every aggregate in the supergraph, errors of each kind
    const owner = owners(supergraph);
    const covered = new Set(operations.flatMap((o) => o.roots.flatMap((r) => [...(owner.get(r) ?? [])])));
    expect([...covered].sort()).toEqual([...supergraph.subgraphs().names()].sort());
    // `_entities` back to Enterprise: lists of the other subgraphs select their records' enterprise
    const backToEnterprise = operations.filter((o) => !owner.get(o.roots[0])?.has('enterprises') && /\benterprise(\(first: 3\))? \{/.test(o.query));
    expect(new Set(backToEnterprise.map((o) => [...owner.get(o.roots[0])!][0])).size).toBeGreaterThanOrEqual(3);
    const aggregates = Object.keys(schema.getQueryType()!.getFields()).filter((f) => f.endsWith('Aggregate'));
    expect(operations.filter((o) => o.name.startsWith('aggregate ')).map((o) => o.roots[0])).toEqual(aggregates);
    expect(operations.some((o) => o.name.startsWith('statistics '))).toBe(true);
    expect([...codes]).toEqual(expect.arrayContaining(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN']));
    expect(withData).toBeGreaterThan(operations.length);
  }, 600_000);

  it('refuses a caller without a valid token the same way (401 UNAUTHENTICATED)', async () => {
    const answers = await Promise.all(
      [ours.url, hive.url].map((url) => postGraphQL(url, '{ enterprises { totalCount } }', {}, { authorization: 'Bearer nope' })),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(answer.data).toBeUndefined();
    }
  });
});
