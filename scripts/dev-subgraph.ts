import path from 'node:path';
import { config, describeDrain, exitOnTerminationSignal, logger, startSubgraph } from '@pecg/common';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@pecg/embedded-db';
import { subgraphDefinition } from '@pecg/graph-tools';
import { isSubgraphName, SUBGRAPH_NAMES } from '@pecg/registry';
import { setup } from './setup';

/**
 * `npm run dev -- <subgraph>`: one subgraph on this machine, as a department works on it alone —
 * MONGODB_URI, or the embedded database with its data under .data/standalone-<name>; demo data unless
 * SEED_DEMO=false; listens on `<NAME>_PORT` (default: its port in the registry).
 */
async function main(): Promise<void> {
  const name = process.argv[2] ?? '';
  if (!isSubgraphName(name)) throw new Error(`usage: npm run dev -- <subgraph>, one of ${SUBGRAPH_NAMES.join(', ')} (got "${name}")`);
  setup(() => undefined);
  let embedded: EmbeddedDatabase | undefined;
  const uri = config.mongodbUri ?? (embedded = await startEmbeddedDatabase({ dataDir: path.join(config.dataDir, `standalone-${name}`), port: 0 })).uri;
  const running = await startSubgraph(subgraphDefinition(name), { mongodbUri: uri, seed: process.env.SEED_DEMO !== 'false' });
  process.stdout.write(`${name} subgraph ready at ${running.url}\n`);
  // Drain (drain.ts): /ready false, new requests refused, those in flight finish within DRAIN_TIMEOUT_MS.
  exitOnTerminationSignal(
    `${name} subgraph`,
    async (signal) => {
      const draining = running.drain();
      process.stdout.write(`${name} subgraph draining on ${signal}\n`);
      const result = await draining;
      await running.stop();
      await embedded?.stop();
      process.stdout.write(`${name} subgraph stopped: ${describeDrain(result)}\n`);
      return result.completed ? 0 : 1;
    },
    logger,
  );
}

main().catch((error) => {
  logger.fatal({ err: error }, 'subgraph failed to start');
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
