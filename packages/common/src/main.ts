import { config } from './config';
import type { BaseContext } from './context';
import { logger } from './logger';
import { startSubgraph, type SubgraphDefinition } from './subgraph-server';

/**
 * Runs one subgraph as a service (what a department deploys): connects to MONGODB_URI, listens on
 * `<NAME>_PORT` and stops cleanly on SIGINT/SIGTERM. For a subgraph on this machine with the embedded
 * database, run `npm run dev -- <name>` at the repository root instead.
 */
export function runSubgraphMain<M, C extends BaseContext>(definition: SubgraphDefinition<M, C>): void {
  (async () => {
    const uri = config.mongodbUri;
    if (!uri)
      throw new Error(`MONGODB_URI is not set: a subgraph service needs a database (for the embedded one on this machine: npm run dev -- ${definition.name})`);
    const running = await startSubgraph(definition, { mongodbUri: uri, seed: config.seedDemo });
    process.stdout.write(`${definition.name} subgraph ready at ${running.url}\n`);
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      await running.stop();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })().catch((error) => {
    logger.fatal({ err: error }, `${definition.name} subgraph failed to start`);
    process.exit(1);
  });
}
