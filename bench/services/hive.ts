/**
 * A forked bench service: Hive Gateway (@graphql-hive/gateway's runtime) serving the same
 * supergraph, in its own process. BENCH_HIVE_PLANNER=rust swaps in @graphql-hive/router-runtime
 * (the Rust query planner, a native addon shipped in the package). It forwards the caller's
 * Authorization header to every subgraph (they verify the JWT again). Nothing is reported anywhere:
 * no `reporting` option, no Hive CDN or registry — loopback only.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { announce, memoryReading, serveRequests } from './ipc';

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
      fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? undefined }),
    },
    ...(unifiedGraphHandler ? { unifiedGraphHandler } : {}),
  });
  const server = http.createServer(runtime);
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
