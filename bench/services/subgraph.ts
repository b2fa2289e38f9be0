/** A forked bench service: one subgraph on a free loopback port, over its own database. */
import { config, startSubgraph, type SubgraphName } from '@pecg/common';
import { SUBGRAPH_DEFINITIONS } from '@pecg/gateway';
import { announce, memoryReading, serveRequests } from './ipc';

(async () => {
  const name = process.env.BENCH_SUBGRAPH as SubgraphName;
  const uri = process.env.BENCH_MONGODB_URI!;
  const running = await startSubgraph(SUBGRAPH_DEFINITIONS[name] as never, { mongodbUri: uri, database: config.databaseName(name), port: 0, host: '127.0.0.1' });
  serveRequests(
    {
      memory: memoryReading,
      roundTrips: () => ({ total: running.db.roundTrips.total, byCommand: Object.fromEntries(running.db.roundTrips.byCommand) }),
      resetRoundTrips: () => running.db.roundTrips.reset(),
    },
    () => running.stop(),
  );
  announce({ type: 'ready', url: running.url });
})().catch((error) => {
  announce({ type: 'failed', error: String(error?.stack ?? error) });
  process.exit(1);
});
