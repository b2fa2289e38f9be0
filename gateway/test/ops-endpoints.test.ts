import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { startGateway, type RunningGateway } from '../src/gateway';
import { probeSubgraph, startProbeGraph, type ProbeGraph } from './support/probe';

/**
 * Operations endpoints (issue 11, item 8): /metrics and the subgraph-calling /ready only on the
 * loopback operations port, bounded operation labels, a cheap public /health and /ready.
 */
const OPERATION_LIMIT = 12;

/** Distinct values of the `operation` label of one metric. */
function operationLabels(text: string, metric: string): Set<string> {
  const labels = new Set<string>();
  for (const match of text.matchAll(/^(\w+)\{([^}]*)\} \S+$/gm)) {
    if (match[1] !== metric) continue;
    const operation = /operation="([^"]*)"/.exec(match[2]);
    if (operation) labels.add(operation[1]);
  }
  return labels;
}

describe('operations endpoints', () => {
  let graph: ProbeGraph;
  const saved = process.env.METRICS_MAX_OPERATIONS;
  beforeAll(async () => {
    process.env.METRICS_MAX_OPERATIONS = String(OPERATION_LIMIT);
    graph = await startProbeGraph({}, ['alpha']);
  });
  afterAll(async () => {
    await graph.stop();
    if (saved === undefined) delete process.env.METRICS_MAX_OPERATIONS;
    else process.env.METRICS_MAX_OPERATIONS = saved;
  });

  it('/metrics is not served on the public port of the gateway or of a subgraph', async () => {
    for (const url of [graph.gateway.url, graph.subgraphs.alpha.url]) {
      const response = await fetch(new URL('/metrics', url));
      expect({ url, status: response.status }).toEqual({ url, status: 404 });
      expect(await response.text()).not.toContain('pecg_graphql_requests_total');
    }
  });

  it('/metrics is served on the operations port, bound to 127.0.0.1 only', async () => {
    for (const opsUrl of [graph.gateway.opsUrl, graph.subgraphs.alpha.opsUrl]) {
      expect(new URL(opsUrl).hostname).toBe('127.0.0.1');
      const response = await fetch(new URL('/metrics', opsUrl));
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('pecg_graphql_requests_total');
    }
    expect(new URL(graph.gateway.opsUrl).port).not.toBe(new URL(graph.gateway.url).port);
  });

  it('unbounded client operation names do not grow the label set: past the registered names they count as "other"', async () => {
    const names = Array.from({ length: OPERATION_LIMIT * 4 }, (_, i) => `Op${i}_${Math.random().toString(36).slice(2, 8)}`);
    for (const name of names) expect((await graph.query(`query ${name} { alpha }`)).status).toBe(200);
    const gateway = await (await fetch(new URL('/metrics', graph.gateway.opsUrl))).text();
    const labels = operationLabels(gateway, 'pecg_graphql_requests_total');
    expect(labels.size).toBeLessThanOrEqual(OPERATION_LIMIT + 2); // + "anonymous" and "other"
    expect(labels.has('other')).toBe(true);
    const other = new RegExp(`^pecg_graphql_requests_total\\{[^}]*operation="other"[^}]*\\} (\\d+)$`, 'm').exec(gateway);
    expect(Number(other?.[1])).toBeGreaterThanOrEqual(names.length - OPERATION_LIMIT);
    const subgraph = await (await fetch(new URL('/metrics', graph.subgraphs.alpha.opsUrl))).text();
    expect(operationLabels(subgraph, 'pecg_graphql_requests_total').size).toBeLessThanOrEqual(OPERATION_LIMIT + 2);
  });

  it('/health stays public and cheap on the main port', async () => {
    const response = await fetch(new URL('/health', graph.gateway.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('/ready', () => {
  /** A real HTTP server standing in for a subgraph: counts every request it gets. */
  let calls: string[];
  let fake: http.Server;
  let gateway: RunningGateway;
  beforeAll(async () => {
    calls = [];
    fake = http.createServer((req, res) => {
      calls.push(`${req.method} ${req.url}`);
      req.resume();
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ status: 'ready' }));
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/graphql`;
    const composed = composeServices([{ name: 'alpha', typeDefs: probeSubgraph('alpha', 'alpha').typeDefs, url }]);
    gateway = await startGateway({ supergraphSdl: composed.supergraphSdl!, port: 0 });
  });
  afterAll(async () => {
    await gateway.stop();
    await new Promise((resolve) => fake.close(resolve));
  });

  it('on the main port answers an anonymous caller cheaply: supergraph loaded, no subgraph calls', async () => {
    for (let i = 0; i < 5; i += 1) {
      const response = await fetch(new URL('/ready', gateway.url));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ready', supergraph: 'loaded' });
    }
    expect(calls).toEqual([]);
  });

  it('on the operations port checks every subgraph', async () => {
    const response = await fetch(new URL('/ready', gateway.opsUrl));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', supergraph: 'loaded', subgraphs: { alpha: 'ready' } });
    expect(calls).toEqual(['GET /ready']);
  });
});
