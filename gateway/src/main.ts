import './telemetry';
import { logger } from '@pecg/common';
import { startGateway } from './gateway';
import { loadSupergraph } from './supergraph';

/** Runs the gateway against already running subgraphs: the supergraph (SUPERGRAPH or the committed file) and `<NAME>_URL` overrides. */
(async () => {
  const gateway = await startGateway({ supergraphSdl: await loadSupergraph() });
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
