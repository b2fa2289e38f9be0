/**
 * A forked bench service: Hive Gateway (@graphql-hive/gateway's runtime) serving the same
 * supergraph, in its own process. BENCH_HIVE_PLANNER=rust swaps in @graphql-hive/router-runtime
 * (the Rust query planner, a native addon shipped in the package). The gateway itself, with the
 * project's identity forwarding, is tools/graph/src/hive.ts (shared with the gateway-parity test).
 */
import { setMaxListeners } from 'node:events';
import fs from 'node:fs';
// The module alone, not @pecg/graph-tools' entry point: that loads our gateway, composition and the
// test harness too (+20 MiB RSS measured), which would count in this target's memory reading.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { startHiveGateway } from '@pecg/graph-tools/src/hive';
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
  const hive = await startHiveGateway({
    supergraphSdl: fs.readFileSync(process.env.BENCH_SUPERGRAPH!, 'utf8'),
    planner: process.env.BENCH_HIVE_PLANNER === 'rust' ? 'rust' : 'node',
    // as before the module was shared: a request without a token reaches the subgraphs, which refuse it
    refuseUnauthenticated: false,
  });
  serveRequests({ memory: memoryReading }, () => hive.stop());
  announce({ type: 'ready', url: hive.url });
})().catch((error) => {
  announce({ type: 'failed', error: String(error?.stack ?? error) });
  process.exit(1);
});
