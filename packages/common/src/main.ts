import { config } from './config';
import type { BaseContext } from './context';
import { describeDrain, exitOnTerminationSignal } from './drain';
import { logger } from './logger';
import { startSubgraph, type SubgraphDefinition } from './subgraph-server';

/**
 * Runs one subgraph as a service (what a department deploys): connects to MONGODB_URI, listens on
 * `<NAME>_PORT` and drains on SIGINT/SIGTERM (drain.ts: /ready false, new requests refused, those in
 * flight finish within DRAIN_TIMEOUT_MS, database closed; exit 0, or 1 when the budget cut requests).
 * For a subgraph on this machine with the embedded database, run `npm run dev -- <name>` at the
 * repository root instead.
 */
export function runSubgraphMain<M, C extends BaseContext>(definition: SubgraphDefinition<M, C>): void {
  (async () => {
    const uri = config.mongodbUri;
    if (!uri)
      throw new Error(`MONGODB_URI is not set: a subgraph service needs a database (for the embedded one on this machine: npm run dev -- ${definition.name})`);
    const running = await startSubgraph(definition, { mongodbUri: uri, seed: config.seedDemo });
    process.stdout.write(`${definition.name} subgraph ready at ${running.url} (operations: ${running.opsUrl})\n`);
    exitOnTerminationSignal(
      `${definition.name} subgraph`,
      async (signal) => {
        const draining = running.drain();
        process.stdout.write(`${definition.name} subgraph draining on ${signal}\n`);
        const result = await draining;
        await running.stop();
        process.stdout.write(`${definition.name} subgraph stopped: ${describeDrain(result)}\n`);
        return result.completed ? 0 : 1;
      },
      logger,
    );
  })().catch((error) => {
    logger.fatal({ err: error }, `${definition.name} subgraph failed to start`);
    process.exit(1);
  });
}
