import fs from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { REPO_ROOT } from '@pecg/common';
import { authHeaders } from '@pecg/testing';
import { DEFAULT_SUPERGRAPH_PATH } from '../src/supergraph';
import { budgetFor, QUERY_BUDGETS } from '../src/limits-config';
import { checkQueryLimits } from '../src/limits';
import { releaseSlowResolvers, startProbeGraph, type ProbeGraph } from './support/probe';

/**
 * Query limits at the gateway, with the budgets of limits-config.ts (only MEDIATOR's time limit is
 * shortened here, to keep the timeout test fast): each limit just under and just over, the rejection
 * naming the limit, the allowed and the actual value, and no subgraph called on rejection.
 */
const STANDARD = QUERY_BUDGETS.ADMIN;
const ANALYST = QUERY_BUDGETS.ANALYST;
const MEDIATOR_TIMEOUT_MS = 400;

/** A query `levels` fields deep: alphaPeople { friends { friends … { id } } }, one item per list. */
function nested(levels: number): string {
  let selection = 'id';
  for (let i = 1; i < levels - 1; i += 1) selection = `friends(first: 1) { ${selection} }`;
  return `{ alphaPeople(first: 1) { ${selection} } }`;
}
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: alpha`).join(' ')} }`;
const directives = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `d${i}: alpha @include(if: true)`).join(' ')} }`;
/** `{ alphaCount(values: [1 2 …]) }`: 9 punctuators and names + one token per value. */
const tokens = (n: number) => `{ alphaCount(values: [${Array.from({ length: n - 9 }, (_, i) => i).join(' ')}]) }`;
/** Estimated cost 1 + outer × (1 + inner). */
const costly = (outer: number, inner: number) => `{ alphaPeople(first: ${outer}) { friends(first: ${inner}) { id } } }`;

describe('query limits at the gateway', () => {
  let graph: ProbeGraph;
  beforeAll(async () => {
    graph = await startProbeGraph({ budgets: { MEDIATOR: { timeoutMs: MEDIATOR_TIMEOUT_MS } } }, ['alpha']);
  });
  afterAll(async () => {
    await graph.stop();
  });

  /** Sends an operation that must be refused before any subgraph call. */
  async function refused(query: string, caller: Parameters<ProbeGraph['query']>[2] = 'ADMIN', variables: Record<string, unknown> = {}) {
    const before = await graph.subgraphCalls();
    const response = await graph.query(query, variables, caller);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toHaveLength(1);
    expect(await graph.subgraphCalls()).toBe(before);
    return response.errors![0];
  }
  async function accepted(query: string, caller: Parameters<ProbeGraph['query']>[2] = 'ADMIN', variables: Record<string, unknown> = {}) {
    const before = await graph.subgraphCalls();
    const response = await graph.query(query, variables, caller);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(await graph.subgraphCalls()).toBeGreaterThan(before);
    return response;
  }

  it('depth: just under passes, just over is refused with the limit and the actual depth', async () => {
    await accepted(nested(STANDARD.maxDepth));
    const error = await refused(nested(STANDARD.maxDepth + 1));
    expect(error.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth', allowed: STANDARD.maxDepth, actual: STANDARD.maxDepth + 1 });
    expect(error.message).toBe(
      `Query depth limit exceeded: the operation nests ${STANDARD.maxDepth + 1} levels deep, the limit for role ADMIN is ${STANDARD.maxDepth}.`,
    );
  });

  it('aliases', async () => {
    await accepted(aliases(STANDARD.maxAliases));
    const error = await refused(aliases(STANDARD.maxAliases + 1));
    expect(error.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'aliases',
      allowed: STANDARD.maxAliases,
      actual: STANDARD.maxAliases + 1,
    });
    expect(error.message).toMatch(/^Alias limit exceeded: the operation uses 16 aliases, the limit for role ADMIN is 15\.$/);
  });

  it('directives', async () => {
    await accepted(directives(STANDARD.maxDirectives));
    const error = await refused(directives(STANDARD.maxDirectives + 1));
    expect(error.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'directives',
      allowed: STANDARD.maxDirectives,
      actual: STANDARD.maxDirectives + 1,
    });
  });

  it('tokens', async () => {
    await accepted(tokens(STANDARD.maxTokens));
    const error = await refused(tokens(STANDARD.maxTokens + 1));
    expect(error.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'tokens', allowed: STANDARD.maxTokens, actual: STANDARD.maxTokens + 1 });
    expect(error.message).toContain(`the document has ${STANDARD.maxTokens + 1} tokens`);
    const huge = await refused(tokens(10 * ANALYST.maxTokens), 'ANALYST');
    expect(huge.extensions).toMatchObject({ limit: 'tokens', allowed: ANALYST.maxTokens, actual: 10 * ANALYST.maxTokens });
  });

  it('estimated cost: list fields multiply their selection by the requested page size', async () => {
    expect(STANDARD.maxCost).toBe(8_000);
    await accepted(costly(100, 78)); // 1 + 100 × 79 = 7901
    const error = await refused(costly(100, 79)); // 1 + 100 × 80 = 8001
    expect(error.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', allowed: 8_000, actual: 8_001 });
    expect(error.message).toMatch(/estimated cost is 8001 .* the limit for role ADMIN is 8000/);
  });

  it('verdicts are remembered per role and per value of the variables that reach the cost, never across them', async () => {
    const query =
      'query Page($n: Int, $more: Boolean!) { alphaPeople(first: $n) { friends(first: 78) { id } friends2: friends(first: 1) @include(if: $more) { id } } }';
    const within = { n: 100, more: false }; // 1 + 100 × 79 = 7901
    for (let round = 0; round < 2; round += 1) {
      await accepted(query, 'ADMIN', within);
      expect((await refused(query, 'ADMIN', { n: 100, more: true })).extensions).toMatchObject({ limit: 'cost', actual: 8_101 }); // + 100 × 2
      expect((await refused(query, 'ADMIN', { n: 101, more: false })).extensions).toMatchObject({ limit: 'pageSize', actual: 101 });
      await accepted(query, 'ANALYST', { n: 100, more: true });
      expect((await refused(query, 'ADMIN', { n: 'many', more: false })).message).toMatch(
        /^Cannot estimate the cost of the operation: Variable "\$n" got invalid value "many"/,
      );
    }
  });
  it('lists without `first` count the default page size (20)', async () => {
    // 1 + 20 × (1 + 20 × (1 + 20 × 1)) = 8421 > 8000
    const error = await refused('{ alphaPeople { friends { friends { id } } } }');
    expect(error.extensions).toMatchObject({ limit: 'cost', actual: 8_421 });
  });

  it('page size: first above the cap is BAD_USER_INPUT naming the field, also through variables', async () => {
    await accepted(`{ alphaPeople(first: ${STANDARD.maxPageSize}) { id } }`);
    const literal = await refused(`{ alphaPeople(first: ${STANDARD.maxPageSize + 1}) { id } }`);
    expect(literal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'pageSize', allowed: 100, actual: 101 });
    expect(literal.message).toBe('Page-size limit exceeded: first on Query.alphaPeople is 101, the limit for role ADMIN is 100.');
    const variable = await refused('query ($n: Int) { alphaPeople { friends(first: $n) { id } } }', 'ADMIN', { n: 500 });
    expect(variable.message).toContain('first on Person.friends is 500');
  });

  it('ANALYST has the larger budget, configured in limits-config.ts', async () => {
    expect(ANALYST.maxDepth).toBeGreaterThan(STANDARD.maxDepth);
    expect(ANALYST.maxCost).toBeGreaterThan(STANDARD.maxCost);
    await accepted(nested(STANDARD.maxDepth + 1), 'ANALYST');
    await accepted('{ alphaPeople { friends { friends { id } } } }', 'ANALYST');
    const error = await refused(nested(ANALYST.maxDepth + 1), 'ANALYST');
    expect(error.message).toContain(`the limit for role ANALYST is ${ANALYST.maxDepth}`);
    expect((await refused(aliases(ANALYST.maxAliases + 1), 'ANALYST')).extensions).toMatchObject({ limit: 'aliases', allowed: ANALYST.maxAliases });
  });

  it('request body size: just under the cap is served, just over gets 413 with a JSON GraphQL error', async () => {
    const limit = 1024 * 1024;
    const body = (size: number) => {
      const shell = JSON.stringify({ query: '#\n{ alpha }' });
      return JSON.stringify({ query: `#${'x'.repeat(size - shell.length)}\n{ alpha }` });
    };
    const headers = { 'content-type': 'application/json', ...(await authHeaders('ADMIN')) };
    const under = await fetch(graph.gateway.url, { method: 'POST', headers, body: body(limit) });
    expect(under.status).toBe(200);
    expect(await under.json()).toEqual({ data: { alpha: 'alpha answers' } });
    const before = await graph.subgraphCalls();
    const over = await fetch(graph.gateway.url, { method: 'POST', headers, body: body(limit + 1) });
    expect(over.status).toBe(413);
    expect(over.headers.get('content-type')).toMatch(/application\/json/);
    const json = (await over.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'bodySize', allowed: limit, actual: limit + 1 });
    expect(json.errors[0].message).toBe(`Request body too large: limit is ${limit} bytes, got ${limit + 1} bytes`);
    expect(await graph.subgraphCalls()).toBe(before);
  });

  it('per-operation timeout: a fast operation passes, a slow one ends at the time limit with OPERATION_TIMEOUT and its subgraph call is cancelled', async () => {
    const fast = await graph.query('{ alphaSlow(ms: 20) }', {}, 'MEDIATOR');
    expect(fast.data).toEqual({ alphaSlow: 'slept 20 ms' });
    // the subgraph would answer 'slept 3000 ms'; the 400 ms limit, started first, ends the operation before (no clock is read here)
    const slow = await graph.query('{ alphaSlow(ms: 3000) }', {}, 'MEDIATOR');
    releaseSlowResolvers();
    expect(slow.data ?? null).toBeNull();
    expect(slow.errors).toHaveLength(1);
    expect(slow.errors?.[0]).toMatchObject({
      message: `Operation timed out: the time limit for role MEDIATOR is ${MEDIATOR_TIMEOUT_MS} ms`,
      extensions: { code: 'OPERATION_TIMEOUT', limit: 'timeout', allowed: MEDIATOR_TIMEOUT_MS },
    });
    const metrics = await (await fetch(new URL('/metrics', graph.gateway.opsUrl))).text();
    expect(metrics).toMatch(/^pecg_gateway_subgraph_request_duration_seconds_count\{[^}]*subgraph="alpha",outcome="cancelled"[^}]*\} 1$/m);
  });

  it('answers a malformed JSON body with a 400 JSON GraphQL error', async () => {
    const response = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeaders('ADMIN')) },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0]).toMatchObject({
      message: expect.stringMatching(/^Malformed request body/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses batched requests, so a budget cannot be spread over many operations in one body', async () => {
    const before = await graph.subgraphCalls();
    const response = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeaders('ANALYST')) },
      body: JSON.stringify([{ query: '{ alpha }' }, { query: '{ alpha }' }]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batching/i);
    expect(await graph.subgraphCalls()).toBe(before);
  });

  it('introspection and field suggestions are on in development', async () => {
    const introspection = await graph.query('{ __schema { queryType { name } } }');
    expect(introspection.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await graph.query('{ alpah }');
    expect(typo.errors?.[0].message).toContain('Did you mean "alpha"');
  });
});

describe('production mode', () => {
  let graph: ProbeGraph;
  const saved = { NODE_ENV: process.env.NODE_ENV, JWT_SECRET: process.env.JWT_SECRET, INTERNAL_JWT_SECRET: process.env.INTERNAL_JWT_SECRET };
  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    // production refuses the public development secrets: a secret of its own for each key
    process.env.JWT_SECRET = 'limits-test-production-user-secret-0123456789';
    process.env.INTERNAL_JWT_SECRET = 'limits-test-production-internal-secret-0123456789';
    graph = await startProbeGraph({}, ['alpha']);
  });
  afterAll(async () => {
    await graph.stop();
    process.env.NODE_ENV = saved.NODE_ENV;
    for (const name of ['JWT_SECRET', 'INTERNAL_JWT_SECRET'] as const) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('turns introspection and field suggestions off', async () => {
    const introspection = await graph.query('{ __schema { queryType { name } } }');
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    const typo = await graph.query('{ alpah }');
    expect(typo.errors?.[0].message).toContain('Cannot query field "alpah"');
    expect(typo.errors?.[0].message).not.toContain('Did you mean');
  });
});

describe('the STANDARD budget and the frontend list page of the real graph', () => {
  // The committed supergraph's API schema: the list the frontend (and the benchmark) sends.
  const schema = Supergraph.build(fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8')).apiSchema().toGraphQLJSSchema();
  const source = fs.readFileSync(path.join(REPO_ROOT, 'bench', 'workloads', 'EnterpriseList.graphql'), 'utf8');
  const document = parse(source);
  const cost = (first: number, role: 'ADMIN' | 'POLICE') =>
    checkQueryLimits({ schema, document, source, variables: { first }, budget: { ...budgetFor(role), maxCost: 0 }, role })?.extensions.actual;

  it.each(['ADMIN', 'POLICE'] as const)('%s may load a 50-item page with fields from every subgraph, and the largest page (100)', (role) => {
    for (const first of [10, 50, 100])
      expect(checkQueryLimits({ schema, document, source, variables: { first }, budget: budgetFor(role), role })).toBeUndefined();
    expect(checkQueryLimits({ schema, document, source, variables: { first: 101 }, budget: budgetFor(role), role })?.extensions).toMatchObject({
      limit: 'pageSize',
    });
  });

  it('the page costs in proportion to its items, so the budget still bounds what one request may fan out to', () => {
    const [ten, fifty] = [cost(10, 'ADMIN') as number, cost(50, 'ADMIN') as number];
    expect((fifty - 1) / (ten - 1)).toBe(5);
    const perItem = (fifty - 1) / 50;
    // the same list with an unbounded nested list per item (default page size) is refused
    const heavier = source.replace('disputes(first: 3) {', 'disputes { parties { name } ');
    expect(heavier).not.toBe(source);
    const verdict = checkQueryLimits({
      schema,
      document: parse(heavier),
      source: heavier,
      variables: { first: 50 },
      budget: budgetFor('ADMIN'),
      role: 'ADMIN',
    });
    expect(perItem).toBeGreaterThan(0);
    expect(verdict?.extensions).toMatchObject({ limit: 'cost', allowed: QUERY_BUDGETS.ADMIN.maxCost });
  });
});
