import './telemetry';
import { logger } from '@pecg/common';
import { readCommittedSupergraph } from './composition';
import { startGateway } from './gateway';

/** Runs the gateway alone against already running subgraphs (<NAME>_URL or default loopback ports). */
(async () => {
  const gateway = await startGateway({ supergraphSdl: readCommittedSupergraph() });
  process.stdout.write(`gateway ready at ${gateway.url} (GraphQL IDE: ${new URL('/', gateway.url).href})\n`);
  const stop = async () => {
    await gateway.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
})().catch((error) => {
  logger.fatal({ err: error }, 'gateway failed to start');
  process.exit(1);
});
