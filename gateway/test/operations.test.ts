import { Writable } from 'node:stream';
import { createLogger } from '@pecg/common';
import { PEOPLE, releaseSlowResolvers, slowResolverStarted, startProbeGraph, type ProbeGraph } from './support/probe';

/** Health, readiness, metrics, request-id logging, graceful shutdown and partial failure. */
function captureLogs() {
  const lines: Array<Record<string, any>> = [];
  const raw: string[] = [];
  const waiting = new Set<() => void>();
  const stream = new Writable({
    write(chunk, _enc, done) {
      raw.push(chunk.toString());
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      for (const check of [...waiting]) check();
      done();
    },
  });
  /** Resolves with the first captured line that matches, as soon as it is logged (some are logged after the response). */
  const line = (match: (line: Record<string, any>) => boolean) =>
    new Promise<Record<string, any>>((resolve) => {
      const check = () => {
        const found = lines.find(match);
        if (!found) return;
        waiting.delete(check);
        resolve(found);
      };
      waiting.add(check);
      check();
    });
  return { logger: createLogger(stream), lines, raw, line };
}

const metricsOf = async (url: string) => (await fetch(new URL('/metrics', url))).text();

/** The value of one Prometheus sample whose labels include `labels` (undefined when absent). */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const match of text.matchAll(/^(\w+)\{([^}]*)\} (\S+)$/gm)) {
    if (match[1] !== name) continue;
    const have = Object.fromEntries([...match[2].matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => (v.startsWith('/') ? new RegExp(v.slice(1)).test(have[k] ?? '') : have[k] === v))) return Number(match[3]);
  }
  return undefined;
}

describe('operations of the gateway and subgraphs', () => {
  let graph: ProbeGraph;
  const logs = captureLogs();
  beforeAll(async () => {
    graph = await startProbeGraph({ logger: logs.logger, subgraphTimeoutMs: 300 });
  });
  afterAll(async () => {
    await graph.stop();
  });

  it('/health answers on the gateway and on a subgraph', async () => {
    expect(await (await fetch(new URL('/health', graph.gateway.url))).json()).toEqual({ status: 'ok' });
    expect((await fetch(new URL('/health', graph.subgraphs.alpha.url))).status).toBe(200);
  });

  it('passes the request id to the subgraphs, where it appears in their structured logs; no PII or token is logged', async () => {
    const { data, headers } = await graph.query('query WhoAsks { alphaWhoami { requestId } alphaPerson(id: "p1") { name phone idNumber } }', {}, 'ADMIN', {
      'x-request-id': 'trace-ops-1',
    });
    const requestId = headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(data!.alphaWhoami.requestId).toBe(requestId);
    // both services log the gateway's id and, beside it, the id the client sent
    await Promise.all([
      logs.line(
        (line) => line.requestId === requestId && line.clientRequestId === 'trace-ops-1' && line.subgraph === 'alpha' && line.msg === 'graphql request',
      ),
      logs.line(
        (line) => line.requestId === requestId && line.clientRequestId === 'trace-ops-1' && line.component === 'gateway' && line.msg === 'graphql request',
      ),
    ]);
    const mine = logs.lines.filter((line) => line.requestId === requestId);
    expect(mine.find((line) => line.subgraph === 'alpha' && line.msg === 'graphql request')).toMatchObject({
      level: 30,
      operationName: expect.stringContaining('WhoAsks'),
      durationMs: expect.any(Number),
    });
    expect(mine.find((line) => line.component === 'gateway' && line.msg === 'graphql request')).toMatchObject({ operationName: 'WhoAsks', errorCodes: [] });
    const all = logs.raw.join('');
    for (const secret of [PEOPLE[0].name, PEOPLE[0].phone, PEOPLE[0].idNumber, 'Bearer ']) expect(all).not.toContain(secret);
  });

  it('redacts personal information and credentials that reach a log call', () => {
    const capture = captureLogs();
    capture.logger.info(
      { phone: '13812345678', applicant: { idNumber: '510100199001011234', personName: '张三' }, req: { headers: { authorization: 'Bearer abc' } } },
      'x',
    );
    expect(capture.raw.join('')).not.toMatch(/13812345678|510100199001011234|张三|Bearer abc/);
    expect(capture.lines[0].phone).toBe('[redacted]');
  });

  it('exposes Prometheus metrics: requests, errors and latency per operation, and calls per subgraph', async () => {
    await graph.query('query CountedOp { alpha beta }');
    await graph.query('query FailingOp { alphaFail }');
    const gateway = await metricsOf(graph.gateway.opsUrl);
    expect(sample(gateway, 'pecg_graphql_requests_total', { service: 'gateway', operation: 'CountedOp' })).toBe(1);
    expect(sample(gateway, 'pecg_graphql_request_duration_seconds_bucket', { service: 'gateway', operation: 'CountedOp', le: '+Inf' })).toBe(1);
    expect(sample(gateway, 'pecg_graphql_request_duration_seconds_sum', { service: 'gateway', operation: 'CountedOp' })).toBeGreaterThan(0);
    expect(sample(gateway, 'pecg_graphql_errors_total', { service: 'gateway', operation: 'FailingOp', code: 'INTERNAL_SERVER_ERROR' })).toBe(1);
    expect(sample(gateway, 'pecg_graphql_errors_total', { service: 'gateway', operation: 'CountedOp' })).toBeUndefined();
    expect(sample(gateway, 'pecg_gateway_subgraph_request_duration_seconds_count', { subgraph: 'alpha', outcome: 'ok' })).toBeGreaterThanOrEqual(2);
    expect(sample(gateway, 'pecg_gateway_subgraph_request_duration_seconds_count', { subgraph: 'beta', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    const subgraph = await metricsOf(graph.subgraphs.beta.opsUrl);
    expect(sample(subgraph, 'pecg_graphql_requests_total', { service: 'beta', operation: '/CountedOp__beta__\\d+' })).toBe(1);
  });

  it('a slow subgraph costs only its own part: SUBGRAPH_TIMEOUT after the per-subgraph timeout, other data intact', async () => {
    // beta answers after 3000 ms; the gateway's 300 ms timer, started first, ends the wait before (no clock is read here)
    const { data, errors } = await graph.query('{ alpha betaSlow(ms: 3000) }');
    releaseSlowResolvers();
    expect(data).toEqual({ alpha: 'alpha answers', betaSlow: null });
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'Subgraph "beta" did not answer within 300 ms; its part of the answer is missing',
        extensions: { code: 'SUBGRAPH_TIMEOUT', subgraph: 'beta' },
      }),
    ]);
  });

  it('/ready on the operations port is true while every subgraph is ready and turns false when one stops; the rest keeps answering', async () => {
    const ready = await fetch(new URL('/ready', graph.gateway.opsUrl));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', supergraph: 'loaded', subgraphs: { alpha: 'ready', beta: 'ready' } });
    await graph.subgraphs.beta.stop();
    const notReady = await fetch(new URL('/ready', graph.gateway.opsUrl));
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: 'unavailable', supergraph: 'loaded', subgraphs: { alpha: 'ready', beta: 'unreachable (ECONNREFUSED)' } });
    const { status, data, errors } = await graph.query('{ alpha beta }');
    expect(status).toBe(200);
    expect(data).toEqual({ alpha: 'alpha answers', beta: null });
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'Subgraph "beta" is unavailable (ECONNREFUSED); its part of the answer is missing',
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'beta' },
      }),
    ]);
  });
});

describe('graceful shutdown', () => {
  it('finishes in-flight operations, then refuses new connections', async () => {
    const graph = await startProbeGraph({}, ['alpha']);
    try {
      const started = slowResolverStarted();
      const inFlight = graph.query('{ alphaSlow(ms: 30000) }');
      await started; // the operation is in flight, held in the subgraph
      const stopping = graph.gateway.stop();
      expect(releaseSlowResolvers()).toBe(1);
      expect((await inFlight).data).toEqual({ alphaSlow: 'released' });
      await stopping;
      await expect(fetch(new URL('/health', graph.gateway.url))).rejects.toThrow();
    } finally {
      for (const subgraph of Object.values(graph.subgraphs)) await subgraph.stop();
    }
  });
});
