/**
 * A forked bench service: Hive Gateway (@graphql-hive/gateway's runtime) serving the same
 * supergraph, in its own process. BENCH_HIVE_PLANNER=rust swaps in @graphql-hive/router-runtime
 * (the Rust query planner, a native addon shipped in the package). Like our gateway, it verifies the
 * caller's bearer token and sends the subgraphs the internal assertion (`x-pecg-caller`, the only
 * credential they accept), one per token, reused until near its expiry. Nothing is reported anywhere:
 * no `reporting` option, no Hive CDN or registry — loopback only.
 */
import { setMaxListeners } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { callerFromAuthorization, INTERNAL_HEADER, mintInternalAssertion } from '@pecg/common';
import { announce, memoryReading, serveRequests } from './ipc';

/**
 * Hive's HTTP executor (@graphql-tools/executor-http) hands one long-lived AbortSignal per subgraph
 * (its dispose signal) to every call to that subgraph, and each call in flight adds an abort listener
 * to it (removed when the call ends). Their number is the calls in flight to one subgraph — the load's
 * concurrency times an operation's fan-out — so Node's default limit of 10 made every bench run print
 * `MaxListenersExceededWarning: 11 abort listeners added to [AbortSignal]` (from this process, not
 * our gateway). The limit covers the bench's largest concurrency; a listener that is never removed
 * still passes it within seconds of load and warns (scripts/test/hive-abort-listeners.test.ts sets
 * BENCH_HIVE_MAX_LISTENERS=20 and sends three waves of 11: listeners left behind would warn).
 */
const MAX_CALLS_IN_FLIGHT_PER_SUBGRAPH = Number(process.env.BENCH_HIVE_MAX_LISTENERS) || 2_000;
setMaxListeners(MAX_CALLS_IN_FLIGHT_PER_SUBGRAPH);

(async () => {
  const supergraph = fs.readFileSync(process.env.BENCH_SUPERGRAPH!, 'utf8');
  const rust = process.env.BENCH_HIVE_PLANNER === 'rust';
  const unifiedGraphHandler = rust ? (await import('@graphql-hive/router-runtime')).unifiedGraphHandler : undefined;
  const runtime = createGatewayRuntime({
    supergraph: () => supergraph,
    logging: 'error',
    landingPage: false,
    graphiql: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({ [INTERNAL_HEADER]: request.headers.get(INTERNAL_HEADER) ?? undefined }),
    },
    ...(unifiedGraphHandler ? { unifiedGraphHandler } : {}),
  });
  const assertions = new Map<string, { token: string; renewAt: number }>();
  const assertionFor = async (authorization: string | undefined): Promise<string | undefined> => {
    if (!authorization) return undefined;
    const cached = assertions.get(authorization);
    if (cached && cached.renewAt > Date.now()) return cached.token;
    try {
      const { token, expiresAt } = await mintInternalAssertion(await callerFromAuthorization(authorization));
      if (assertions.size > 1_000) assertions.clear();
      assertions.set(authorization, { token, renewAt: expiresAt - 20_000 });
      return token;
    } catch {
      return undefined;
    }
  };
  const server = http.createServer((req, res) => {
    void assertionFor(req.headers.authorization).then((token) => {
      if (token) req.headers[INTERNAL_HEADER] = token;
      else delete req.headers[INTERNAL_HEADER];
      return runtime(req, res);
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  serveRequests({ memory: memoryReading }, async () => {
    server.close();
    await runtime.dispose();
  });
  announce({ type: 'ready', url: `http://127.0.0.1:${port}/graphql` });
})().catch((error) => {
  announce({ type: 'failed', error: String(error?.stack ?? error) });
  process.exit(1);
});
