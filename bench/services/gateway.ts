/** A forked bench service: our gateway (@pecg/gateway startGateway) in its own process, so its memory and CPU profile are its own. */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import type * as GatewayModule from '@pecg/gateway';
import { announce, memoryReading, serveRequests } from './ipc';

(async () => {
  const supergraphSdl = fs.readFileSync(process.env.BENCH_SUPERGRAPH!, 'utf8');
  const subgraphUrls = JSON.parse(process.env.BENCH_SUBGRAPH_URLS!) as Record<string, string>;
  // A variant (--variant): the gateway's source as committed at another ref, and/or other options.
  const source = process.env.BENCH_GATEWAY_SRC;
  const { startGateway } = (source ? await import(path.join(source, 'gateway.ts')) : await import('@pecg/gateway')) as typeof GatewayModule;
  const extra = JSON.parse(process.env.BENCH_GATEWAY_OPTIONS || '{}') as Record<string, unknown>;
  const gateway = await startGateway({ supergraphSdl, subgraphUrls, port: 0, host: '127.0.0.1', ...extra });
  // The V8 CPU profiler (what `node --cpu-prof` uses), started and stopped by the orchestrator so the
  // profile covers the measured window only, not start-up and module loading.
  const session = new Session();
  session.connect();
  serveRequests(
    {
      memory: memoryReading,
      async profileStart() {
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', { interval: 500 });
        await session.post('Profiler.start');
        return true;
      },
      async profileStop() {
        const { profile } = await session.post('Profiler.stop');
        fs.writeFileSync(process.env.BENCH_PROFILE_FILE!, JSON.stringify(profile));
        return process.env.BENCH_PROFILE_FILE;
      },
    },
    () => gateway.stop(),
  );
  announce({ type: 'ready', url: gateway.url });
})().catch((error) => {
  announce({ type: 'failed', error: String(error?.stack ?? error) });
  process.exit(1);
});
