/** A forked bench service: one subgraph on a free loopback port, over its own database. */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { config, startSubgraph, type SubgraphName } from '@pecg/common';
import { subgraphDefinition } from '@pecg/graph-tools';
import { announce, memoryReading, serveRequests } from './ipc';

(async () => {
  const name = process.env.BENCH_SUBGRAPH as SubgraphName;
  const uri = process.env.BENCH_MONGODB_URI!;
  const running = await startSubgraph(subgraphDefinition(name) as never, { mongodbUri: uri, database: config.databaseName(name), port: 0, host: '127.0.0.1' });
  // `--profile-subgraphs` (bench/run.ts): the V8 CPU profiler over the measured window only, as for
  // the gateway; profileStop writes <BENCH_SUBGRAPH_PROFILE_PREFIX>-<name>.cpuprofile.
  let session: Session | undefined;
  serveRequests(
    {
      memory: memoryReading,
      roundTrips: () => ({ total: running.db.roundTrips.total, byCommand: Object.fromEntries(running.db.roundTrips.byCommand) }),
      resetRoundTrips: () => running.db.roundTrips.reset(),
      async profileStart() {
        session ??= new Session();
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', { interval: 500 });
        await session.post('Profiler.start');
        return true;
      },
      async profileStop() {
        if (!session) return null;
        const { profile } = await session.post('Profiler.stop');
        session.disconnect();
        session = undefined;
        const file = `${process.env.BENCH_SUBGRAPH_PROFILE_PREFIX ?? `/tmp/bench-${process.pid}`}-${name}.cpuprofile`;
        fs.writeFileSync(file, JSON.stringify(profile));
        return file;
      },
    },
    () => running.stop(),
  );
  announce({ type: 'ready', url: running.url });
})().catch((error) => {
  announce({ type: 'failed', error: String(error?.stack ?? error) });
  process.exit(1);
});
