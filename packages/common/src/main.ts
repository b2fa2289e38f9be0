import path from 'node:path';
import { config } from './config';
import type { BaseContext } from './context';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded';
import { logger } from './logger';
import { startSubgraph, type SubgraphDefinition } from './subgraph-server';

/**
 * Runs one subgraph on its own (a department working on its subgraph alone): uses MONGODB_URI, or
 * starts an embedded database with data under .data/<subgraph>. Stops cleanly on SIGINT/SIGTERM.
 */
export function runSubgraphMain<M, C extends BaseContext>(definition: SubgraphDefinition<M, C>): void {
  (async () => {
    let embedded: EmbeddedDatabase | undefined;
    const uri = config.mongodbUri ?? (embedded = await startEmbeddedDatabase({ dataDir: path.join(config.dataDir, `standalone-${definition.name}`), port: 0 })).uri;
    const running = await startSubgraph(definition, { mongodbUri: uri, seed: process.env.SEED_DEMO !== 'false' });
    process.stdout.write(`${definition.name} subgraph ready at ${running.url}\n`);
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      await running.stop();
      await embedded?.stop();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })().catch((error) => {
    logger.fatal({ err: error }, `${definition.name} subgraph failed to start`);
    process.exit(1);
  });
}
