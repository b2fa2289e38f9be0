import './telemetry';
import { describeDrain, exitOnTerminationSignal, logger } from '@pecg/common';
import { startGateway } from './gateway';
import { loadSupergraph } from './supergraph';

/**
 * Runs the gateway against already running subgraphs: the supergraph (SUPERGRAPH or the committed file) and `<NAME>_URL` overrides.
 * On SIGTERM/SIGINT it drains (drain.ts in @pecg/common: /ready false, new requests refused with 503,
 * operations in flight finish within DRAIN_TIMEOUT_MS) and exits 0, or 1 when the budget cut operations.
 */
(async () => {
  const gateway = await startGateway({ supergraphSdl: await loadSupergraph() });
  process.stdout.write(`gateway ready at ${gateway.url} (GraphQL IDE: ${new URL('/', gateway.url).href})\n`);
  process.stdout.write(`gateway operations at ${gateway.opsUrl}\n`);
  exitOnTerminationSignal(
    'gateway',
    async (signal) => {
      const draining = gateway.drain();
      process.stdout.write(`gateway draining on ${signal}: ${gateway.inFlight()} request(s) in flight\n`);
      const result = await draining;
      await gateway.stop();
      process.stdout.write(`gateway stopped: ${describeDrain(result)}\n`);
      return result.completed ? 0 : 1;
    },
    logger,
  );
})().catch((error) => {
  logger.fatal({ err: error }, 'gateway failed to start');
  process.exit(1);
});
